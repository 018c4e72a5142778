package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A fund's risk-share rule applied: each partner's weight (its pledge, or its fixed percentage), its
 * share in percent, and any amount split into pence that add up exactly to the amount.
 */
public record RiskShare(RiskShareRule rule, Map<String, BigDecimal> fixedPercents) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public RiskShare {
        fixedPercents = fixedPercents == null ? Map.of() : Map.copyOf(fixedPercents);
        if (rule == RiskShareRule.FIXED) {
            String problem = problemWithFixedShares(fixedPercents);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
        } else if (!fixedPercents.isEmpty()) {
            throw new IllegalArgumentException("shares are given only with the fixed rule");
        }
    }

    /** Why fixed shares are not acceptable, or null when they are: positive, two decimals, summing to 100. */
    public static String problemWithFixedShares(Map<String, BigDecimal> percents) {
        if (percents == null || percents.isEmpty()) {
            return "the fixed rule needs a share for at least one partner";
        }
        for (BigDecimal percent : percents.values()) {
            if (percent == null || percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0
                    || percent.stripTrailingZeros().scale() > 2) {
                return "each share must be a percentage above 0 and at most 100, with at most two decimals";
            }
        }
        BigDecimal sum = percents.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(HUNDRED) == 0 ? null : "shares must sum to 100, not " + sum.stripTrailingZeros().toPlainString();
    }

    /** Each partner's weight: its pledge under the proportional rule, its percentage under the fixed rule. */
    public Map<String, BigDecimal> weights(Set<String> partners, Balances balances) {
        Map<String, BigDecimal> weights = new TreeMap<>();
        if (rule == RiskShareRule.FIXED) {
            partners.forEach(p -> weights.put(p, fixedPercents.getOrDefault(p, BigDecimal.ZERO)));
        } else {
            partners.forEach(p -> weights.put(p, balances.pledgedBy(p)));
        }
        return weights;
    }

    /** Each weight as a percentage of the total, to two decimals (all zero while nothing is pledged). */
    public static Map<String, BigDecimal> percents(Map<String, BigDecimal> weights) {
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> percents = new LinkedHashMap<>();
        weights.forEach((partner, weight) -> percents.put(partner, total.signum() == 0
                ? Amounts.of(BigDecimal.ZERO)
                : weight.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_EVEN)));
        return percents;
    }

    /**
     * Splits an amount by the weights into whole pence with the largest-remainder method, so the parts add
     * up exactly to the amount; ties go to the partner first in id order.
     */
    public static Map<String, BigDecimal> allocate(BigDecimal amount, Map<String, BigDecimal> weights) {
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> parts = new TreeMap<>();
        if (total.signum() == 0) {
            weights.keySet().forEach(p -> parts.put(p, Amounts.of(BigDecimal.ZERO)));
            return parts;
        }
        BigDecimal pence = Amounts.of(amount).abs().movePointRight(2);
        record Part(String partner, BigDecimal whole, BigDecimal remainder) {
        }
        List<Part> split = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> weight : new TreeMap<>(weights).entrySet()) {
            BigDecimal exact = pence.multiply(weight.getValue()).divide(total, 12, RoundingMode.DOWN);
            BigDecimal whole = exact.setScale(0, RoundingMode.DOWN);
            split.add(new Part(weight.getKey(), whole, exact.subtract(whole)));
        }
        BigDecimal left = pence.subtract(split.stream().map(Part::whole).reduce(BigDecimal.ZERO, BigDecimal::add));
        List<Part> byRemainder = new ArrayList<>(split);
        byRemainder.sort(Comparator.comparing(Part::remainder).reversed().thenComparing(Part::partner));
        Map<String, BigDecimal> extra = new TreeMap<>();
        for (int i = 0; i < left.intValueExact(); i++) {
            extra.put(byRemainder.get(i).partner(), BigDecimal.ONE);
        }
        int sign = amount.signum() < 0 ? -1 : 1;
        for (Part part : split) {
            BigDecimal partPence = part.whole().add(extra.getOrDefault(part.partner(), BigDecimal.ZERO));
            parts.put(part.partner(), Amounts.of(partPence.movePointLeft(2).multiply(BigDecimal.valueOf(sign))));
        }
        return parts;
    }
}
