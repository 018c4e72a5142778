package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A year's settlement terms applied to its over- or underspend (the variance: below zero an overspend). Every split
 * is in whole pence adding up exactly to the variance (largest remainder, ties to the first partner in id order).
 */
public record YearRiskShare(SettlementRule rule, Map<String, BigDecimal> fixedPercents, BigDecimal hostTranche,
                            String hostPartnerId) {

    public YearRiskShare {
        fixedPercents = fixedPercents == null ? Map.of() : Map.copyOf(fixedPercents);
        hostTranche = hostTranche == null ? null : Amounts.of(hostTranche);
    }

    /**
     * Each member's share of the variance, signed as the variance: proportional to the year's contributions (all
     * members alike when nobody contributed), by the fixed percentages, or the first tranche to the host and the
     * rest in proportion to contributions.
     */
    public Map<String, BigDecimal> split(BigDecimal variance, Set<String> members, Map<String, BigDecimal> contributions) {
        Map<String, BigDecimal> byContribution = weights(members, contributions);
        return switch (rule) {
            case PROPORTIONAL -> RiskShare.allocate(variance, byContribution);
            case FIXED -> RiskShare.allocate(variance, weights(members, fixedPercents));
            case WATERFALL -> waterfall(variance, byContribution);
        };
    }

    private Map<String, BigDecimal> waterfall(BigDecimal variance, Map<String, BigDecimal> weights) {
        BigDecimal size = variance.abs();
        BigDecimal first = size.min(hostTranche == null ? BigDecimal.ZERO : hostTranche);
        Map<String, BigDecimal> shares = new TreeMap<>(RiskShare.allocate(size.subtract(first), weights));
        shares.merge(hostPartnerId, first, BigDecimal::add);
        if (variance.signum() < 0) {
            shares.replaceAll((partner, share) -> share.negate());
        }
        shares.replaceAll((partner, share) -> Amounts.of(share));
        return shares;
    }

    /** The members' weights; every member alike when they weigh nothing at all. */
    private static Map<String, BigDecimal> weights(Set<String> members, Map<String, BigDecimal> given) {
        Map<String, BigDecimal> weights = new TreeMap<>();
        members.forEach(m -> weights.put(m, given.getOrDefault(m, BigDecimal.ZERO).max(BigDecimal.ZERO)));
        if (weights.values().stream().allMatch(w -> w.signum() == 0)) {
            weights.replaceAll((m, w) -> BigDecimal.ONE);
        }
        return weights;
    }
}
