package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;
import java.util.List;

import static org.jointcommissioning.budgets.domain.Account.ALLOCATION_CONTROL;
import static org.jointcommissioning.budgets.domain.Account.CASH;
import static org.jointcommissioning.budgets.domain.Account.COMMITTED;
import static org.jointcommissioning.budgets.domain.Account.PLEDGED_CAPITAL;
import static org.jointcommissioning.budgets.domain.Account.PLEDGES_RECEIVABLE;
import static org.jointcommissioning.budgets.domain.Account.RESERVED;
import static org.jointcommissioning.budgets.domain.Account.SPENT;
import static org.jointcommissioning.budgets.domain.Posting.credit;
import static org.jointcommissioning.budgets.domain.Posting.debit;

/** The lines of each kind of movement. Every list balances: its debits equal its credits. */
public final class Postings {

    private Postings() {
    }

    public static List<Posting> pledge(String partnerId, BigDecimal amount) {
        return balanced(List.of(debit(PLEDGES_RECEIVABLE, partnerId, amount), credit(PLEDGED_CAPITAL, partnerId, amount)));
    }

    public static List<Posting> receipt(String partnerId, BigDecimal amount) {
        return balanced(List.of(debit(CASH, amount), credit(PLEDGES_RECEIVABLE, partnerId, amount)));
    }

    /** Money paid in beyond the pledge: pledged and received at once, so the receivable is untouched. */
    public static List<Posting> additionalReceipt(String partnerId, BigDecimal amount) {
        return balanced(List.of(
                debit(PLEDGES_RECEIVABLE, partnerId, amount), credit(PLEDGED_CAPITAL, partnerId, amount),
                debit(CASH, amount), credit(PLEDGES_RECEIVABLE, partnerId, amount)));
    }

    public static List<Posting> reserve(BigDecimal amount) {
        return balanced(List.of(debit(RESERVED, amount), credit(ALLOCATION_CONTROL, amount)));
    }

    public static List<Posting> commit(BigDecimal amount) {
        return balanced(List.of(debit(COMMITTED, amount), credit(RESERVED, amount)));
    }

    public static List<Posting> releaseReserved(BigDecimal amount) {
        return balanced(List.of(debit(ALLOCATION_CONTROL, amount), credit(RESERVED, amount)));
    }

    public static List<Posting> releaseCommitted(BigDecimal amount) {
        return balanced(List.of(debit(ALLOCATION_CONTROL, amount), credit(COMMITTED, amount)));
    }

    /** Cash goes out as spend, and the commitment it settles is drawn down by the same amount. */
    public static List<Posting> payment(BigDecimal amount) {
        return balanced(List.of(
                debit(SPENT, amount), credit(CASH, amount),
                debit(ALLOCATION_CONTROL, amount), credit(COMMITTED, amount)));
    }

    /** Refuses a set of lines whose debits and credits differ: money is never created or destroyed. */
    public static List<Posting> balanced(List<Posting> lines) {
        BigDecimal sum = lines.stream().map(Posting::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (lines.isEmpty() || sum.signum() != 0) {
            throw new IllegalArgumentException("A journal entry must have lines that sum to zero, not " + sum);
        }
        return List.copyOf(lines);
    }
}
