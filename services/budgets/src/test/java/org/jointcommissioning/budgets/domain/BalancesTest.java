package org.jointcommissioning.budgets.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The statement figures through a fund's life, read from nothing but journal lines. */
class BalancesTest {

    private final List<Posting> journal = new ArrayList<>();

    @Test
    void pledgesAndReceiptsFillTheFund() {
        journal.addAll(Postings.pledge("county-council", m("500000")));
        journal.addAll(Postings.pledge("nhs-trust", m("500000")));
        journal.addAll(Postings.receipt("county-council", m("500000")));
        journal.addAll(Postings.receipt("nhs-trust", m("200000")));

        Balances b = Balances.of(journal);
        assertEquals(List.of(m("1000000"), m("700000"), m("300000"), m("1000000"), m("700000")),
                List.of(b.pledged(), b.received(), b.outstandingPledges(), b.availableToCommit(), b.cashBalance()));
        assertEquals(m("200000"), b.receivedFrom("nhs-trust"));
        assertEquals(m("300000"), b.outstandingPledgeOf("nhs-trust"));
        assertEquals(m("0"), b.trialBalance());
    }

    @Test
    void anAdditionalReceiptCountsAsPledgedAndReceived() {
        journal.addAll(Postings.pledge("police", m("100")));
        journal.addAll(Postings.additionalReceipt("police", m("50")));

        Balances b = Balances.of(journal);
        assertEquals(m("150"), b.pledgedBy("police"));
        assertEquals(m("50"), b.receivedFrom("police"));
        assertEquals(m("100"), b.outstandingPledgeOf("police"));
    }

    @Test
    void reservingCommittingPayingAndReleasingMoveAvailableAndCash() {
        journal.addAll(Postings.pledge("county-council", m("1000")));
        journal.addAll(Postings.receipt("county-council", m("1000")));
        journal.addAll(Postings.reserve(m("600")));
        assertFigures("600", "0", "0", "400", "1000");

        journal.addAll(Postings.commit(m("600")));
        assertFigures("0", "600", "0", "400", "1000");

        journal.addAll(Postings.payment(m("250")));
        assertFigures("0", "350", "250", "400", "750");

        journal.addAll(Postings.releaseCommitted(m("350")));
        assertFigures("0", "0", "250", "750", "750");
        assertEquals(m("0"), Balances.of(journal).trialBalance());
    }

    /** Reserved, committed, spent, available to commit, cash balance. */
    private void assertFigures(String... expected) {
        Balances b = Balances.of(journal);
        assertEquals(List.of(expected).stream().map(BalancesTest::m).toList(),
                List.of(b.reserved(), b.committed(), b.spent(), b.availableToCommit(), b.cashBalance()));
    }

    private static BigDecimal m(String amount) {
        return Amounts.of(amount);
    }
}
