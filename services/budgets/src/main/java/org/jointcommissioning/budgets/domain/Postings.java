package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.jointcommissioning.budgets.domain.Account.ALLOCATION_CONTROL;
import static org.jointcommissioning.budgets.domain.Account.CASH;
import static org.jointcommissioning.budgets.domain.Account.COMMITTED;
import static org.jointcommissioning.budgets.domain.Account.PLEDGED_CAPITAL;
import static org.jointcommissioning.budgets.domain.Account.PLEDGES_RECEIVABLE;
import static org.jointcommissioning.budgets.domain.Account.RESERVED;
import static org.jointcommissioning.budgets.domain.Account.SPENT;
import static org.jointcommissioning.budgets.domain.Account.UNDERSPEND_HELD;
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

    /**
     * A year's settlement: a partner's share of an overspend (a negative share) is owed to the fund as a further
     * contribution; its share of an underspend (positive) leaves its pledged capital to be held until the members
     * decide what becomes of it.
     */
    public static List<Posting> yearEndSettlement(Map<String, BigDecimal> shares) {
        List<Posting> lines = new ArrayList<>();
        shares.forEach((partner, share) -> {
            if (share.signum() < 0) {
                lines.add(debit(PLEDGES_RECEIVABLE, partner, share.negate()));
                lines.add(credit(PLEDGED_CAPITAL, partner, share.negate()));
            } else if (share.signum() > 0) {
                lines.add(debit(PLEDGED_CAPITAL, partner, share));
                lines.add(credit(UNDERSPEND_HELD, partner, share));
            }
        });
        return balanced(lines);
    }

    /** The held underspend becomes each partner's capital again, in the year it is carried into. */
    public static List<Posting> carryForward(Map<String, BigDecimal> shares) {
        List<Posting> lines = new ArrayList<>();
        shares.forEach((partner, share) -> {
            if (share.signum() > 0) {
                lines.add(debit(UNDERSPEND_HELD, partner, share));
                lines.add(credit(PLEDGED_CAPITAL, partner, share));
            }
        });
        return balanced(lines);
    }

    /**
     * The held underspend goes back to a partner: first by cancelling what it has yet to pay of its pledges, the
     * rest in cash.
     */
    public static List<Posting> underspendReturn(String partnerId, BigDecimal share, BigDecimal outstandingPledge) {
        BigDecimal cancelled = share.min(outstandingPledge.max(BigDecimal.ZERO));
        BigDecimal cash = share.subtract(cancelled);
        List<Posting> lines = new ArrayList<>();
        lines.add(debit(UNDERSPEND_HELD, partnerId, share));
        if (cancelled.signum() > 0) {
            lines.add(credit(PLEDGES_RECEIVABLE, partnerId, cancelled));
        }
        if (cash.signum() > 0) {
            lines.add(credit(CASH, cash));
        }
        return balanced(lines);
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
