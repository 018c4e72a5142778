package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.jointcommissioning.budgets.domain.Account.CASH;
import static org.jointcommissioning.budgets.domain.Account.COMMITTED;
import static org.jointcommissioning.budgets.domain.Account.PLEDGED_CAPITAL;
import static org.jointcommissioning.budgets.domain.Account.PLEDGES_RECEIVABLE;
import static org.jointcommissioning.budgets.domain.Account.RESERVED;
import static org.jointcommissioning.budgets.domain.Account.SPENT;

/** The balances of a fund's accounts, summed from journal lines, and the figures a statement reads from them. */
public final class Balances {

    private record Key(Account account, String partnerId) {
    }

    private final Map<Key, BigDecimal> debitBalances = new HashMap<>();

    public static Balances of(Collection<Posting> lines) {
        Balances balances = new Balances();
        lines.forEach(balances::add);
        return balances;
    }

    public void add(Posting line) {
        add(line.account(), line.partnerId(), line.net());
    }

    /** Adds debits minus credits already summed for an account, as a database query answers them. */
    public void add(Account account, String partnerId, BigDecimal net) {
        debitBalances.merge(new Key(account, partnerId), Amounts.of(net), BigDecimal::add);
    }

    /** The debit balance (debits minus credits) of an account, over all partners. */
    public BigDecimal debitBalance(Account account) {
        return debitBalances.entrySet().stream().filter(e -> e.getKey().account() == account)
                .map(Map.Entry::getValue).reduce(Amounts.of(BigDecimal.ZERO), BigDecimal::add);
    }

    public BigDecimal debitBalance(Account account, String partnerId) {
        return debitBalances.getOrDefault(new Key(account, partnerId), Amounts.of(BigDecimal.ZERO));
    }

    /** Partners with a line on any of their accounts, in id order. */
    public Set<String> partners() {
        Set<String> partners = new TreeSet<>();
        debitBalances.keySet().stream().map(Key::partnerId).filter(Objects::nonNull).forEach(partners::add);
        return partners;
    }

    public BigDecimal pledged() {
        return debitBalance(PLEDGED_CAPITAL).negate();
    }

    public BigDecimal pledgedBy(String partnerId) {
        return debitBalance(PLEDGED_CAPITAL, partnerId).negate();
    }

    public BigDecimal outstandingPledges() {
        return debitBalance(PLEDGES_RECEIVABLE);
    }

    public BigDecimal outstandingPledgeOf(String partnerId) {
        return debitBalance(PLEDGES_RECEIVABLE, partnerId);
    }

    public BigDecimal received() {
        return pledged().subtract(outstandingPledges());
    }

    public BigDecimal receivedFrom(String partnerId) {
        return pledgedBy(partnerId).subtract(outstandingPledgeOf(partnerId));
    }

    public BigDecimal reserved() {
        return debitBalance(RESERVED);
    }

    public BigDecimal committed() {
        return debitBalance(COMMITTED);
    }

    public BigDecimal spent() {
        return debitBalance(SPENT);
    }

    public BigDecimal cashBalance() {
        return debitBalance(CASH);
    }

    public BigDecimal availableToCommit() {
        return pledged().subtract(reserved()).subtract(committed()).subtract(spent());
    }

    /** Debits minus credits over every account: zero whenever every entry balanced. */
    public BigDecimal trialBalance() {
        return debitBalances.values().stream().reduce(Amounts.of(BigDecimal.ZERO), BigDecimal::add);
    }
}
