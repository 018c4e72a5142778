package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of a journal entry: an account (of a partner, for per-partner accounts) and a debit or a credit. */
public record Posting(Account account, String partnerId, BigDecimal debit, BigDecimal credit) {

    public Posting {
        Objects.requireNonNull(account);
        if (account.perPartner() != (partnerId != null)) {
            throw new IllegalArgumentException(account + (account.perPartner() ? " needs" : " takes no") + " partner");
        }
        debit = Amounts.of(debit);
        credit = Amounts.of(credit);
        if (debit.signum() < 0 || credit.signum() < 0 || (debit.signum() == 0) == (credit.signum() == 0)) {
            throw new IllegalArgumentException("A line is either a positive debit or a positive credit");
        }
    }

    public static Posting debit(Account account, String partnerId, BigDecimal amount) {
        return new Posting(account, partnerId, amount, BigDecimal.ZERO);
    }

    public static Posting debit(Account account, BigDecimal amount) {
        return debit(account, null, amount);
    }

    public static Posting credit(Account account, String partnerId, BigDecimal amount) {
        return new Posting(account, partnerId, BigDecimal.ZERO, amount);
    }

    public static Posting credit(Account account, BigDecimal amount) {
        return credit(account, null, amount);
    }

    /** Debit minus credit: how this line moves the account's debit balance. */
    public BigDecimal net() {
        return debit.subtract(credit);
    }
}
