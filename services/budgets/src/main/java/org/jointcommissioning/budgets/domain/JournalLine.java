package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A line of a journal entry as stored. */
@Embeddable
public class JournalLine {

    public Account account;
    @Column(name = "partner_id")
    public String partnerId;
    public BigDecimal debit;
    public BigDecimal credit;

    public static JournalLine of(Posting posting) {
        JournalLine line = new JournalLine();
        line.account = posting.account();
        line.partnerId = posting.partnerId();
        line.debit = posting.debit();
        line.credit = posting.credit();
        return line;
    }

    public Posting posting() {
        return new Posting(account, partnerId, debit, credit);
    }
}
