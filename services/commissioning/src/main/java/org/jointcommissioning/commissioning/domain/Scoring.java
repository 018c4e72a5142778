package org.jointcommissioning.commissioning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation arithmetic of one lot. Price is scored by the platform: the lowest price gets 100 and
 * every other price lowest / price x 100. The weighted total is the sum of score x weight / 100. Bids are
 * ranked by weighted total, highest first; equal totals share a rank (1, 1, 3).
 */
public final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /** A bid's price and the commissioners' scores of its other criteria (null when not scored yet). */
    public record Entry(String bidId, BigDecimal price, Map<String, Integer> scores) {
    }

    /** Each criterion's score, the weighted total and rank (both null until every criterion is scored). */
    public record Result(String bidId, Map<String, BigDecimal> scores, BigDecimal weightedTotal, Integer rank) {

        public boolean complete() {
            return weightedTotal != null;
        }
    }

    public static List<Result> score(List<Criterion> criteria, List<Entry> entries) {
        BigDecimal lowest = entries.stream().map(Entry::price).filter(p -> p.signum() > 0)
                .min(Comparator.naturalOrder()).orElse(null);
        List<Result> unranked = new ArrayList<>();
        for (Entry entry : entries) {
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            boolean complete = true;
            BigDecimal total = BigDecimal.ZERO;
            for (Criterion criterion : criteria) {
                BigDecimal score = criterion.kind() == CriterionKind.PRICE
                        ? priceScore(lowest, entry.price())
                        : given(entry, criterion.id());
                if (score == null) {
                    complete = false;
                    continue;
                }
                scores.put(criterion.id(), score);
                total = total.add(score.multiply(BigDecimal.valueOf(criterion.weight())));
            }
            BigDecimal weighted = complete ? total.divide(HUNDRED, 2, RoundingMode.HALF_UP) : null;
            unranked.add(new Result(entry.bidId(), scores, weighted, null));
        }
        return ranked(unranked);
    }

    static BigDecimal priceScore(BigDecimal lowest, BigDecimal price) {
        if (lowest == null || price.signum() <= 0) {
            return HUNDRED.setScale(2);
        }
        return lowest.multiply(HUNDRED).divide(price, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal given(Entry entry, String criterionId) {
        Integer score = entry.scores() == null ? null : entry.scores().get(criterionId);
        return score == null ? null : BigDecimal.valueOf(score).setScale(2);
    }

    private static List<Result> ranked(List<Result> results) {
        List<Result> out = new ArrayList<>();
        for (Result result : results) {
            Integer rank = null;
            if (result.complete()) {
                rank = 1 + (int) results.stream()
                        .filter(o -> o.complete() && o.weightedTotal().compareTo(result.weightedTotal()) > 0)
                        .count();
            }
            out.add(new Result(result.bidId(), result.scores(), result.weightedTotal(), rank));
        }
        out.sort(Comparator.comparing((Result r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(Result::bidId));
        return out;
    }
}
