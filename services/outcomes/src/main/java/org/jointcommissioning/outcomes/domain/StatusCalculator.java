package org.jointcommissioning.outcomes.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The red-amber-green rule, with no state and no framework. The expected value for a measured period lies
 * on the straight line from the baseline to the next target (the first target whose period ends on or after
 * the measured one; the last target once all have passed), by the quarters elapsed. A value on or ahead
 * of that path is green; one behind it by at most {@code amberShare} of the baseline-to-target gap is amber;
 * further behind is red. "Ahead" and "behind" follow the indicator's polarity.
 */
public final class StatusCalculator {

    private final BigDecimal amberShare;

    public StatusCalculator(BigDecimal amberShare) {
        if (amberShare == null || amberShare.signum() < 0 || amberShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The amber share must be between 0 and 1, not " + amberShare);
        }
        this.amberShare = amberShare;
    }

    public record Point(Period period, BigDecimal value) {
    }

    public RagStatus status(Polarity polarity, Point baseline, List<Point> targets, Optional<Point> latest) {
        if (latest.isEmpty()) {
            return RagStatus.NO_DATA;
        }
        Point measured = latest.get();
        Optional<Point> target = nextTarget(targets, measured.period());
        if (target.isEmpty()) {
            return RagStatus.NO_DATA; // no target, no path to measure against
        }
        // Everything is multiplied by the path's length in quarters, so the comparison is exact: no division,
        // no rounding, even where the path passes a third of a point.
        Path path = Path.of(baseline, target.get(), measured.period());
        BigDecimal gap = target.get().value().subtract(baseline.value());
        BigDecimal expectedTimesSpan = baseline.value().multiply(path.span()).add(gap.multiply(path.elapsed()));
        BigDecimal measuredTimesSpan = measured.value().multiply(path.span());
        BigDecimal behind = polarity == Polarity.HIGHER_IS_BETTER
                ? expectedTimesSpan.subtract(measuredTimesSpan)
                : measuredTimesSpan.subtract(expectedTimesSpan);
        if (behind.signum() <= 0) {
            return RagStatus.GREEN;
        }
        BigDecimal band = gap.abs().multiply(amberShare).multiply(path.span());
        return behind.compareTo(band) <= 0 ? RagStatus.AMBER : RagStatus.RED;
    }

    /**
     * How far along the path the measured period is: {@code elapsed} of {@code span} quarters from the baseline,
     * held between 0 (at or before the baseline) and the whole span (at or after the target).
     */
    record Path(BigDecimal elapsed, BigDecimal span) {

        static Path of(Point baseline, Point target, Period measured) {
            int span = target.period().endQuarter() - baseline.period().endQuarter();
            if (span <= 0) {
                return new Path(BigDecimal.ONE, BigDecimal.ONE); // a target not after the baseline: expect the target
            }
            int elapsed = Math.max(0, Math.min(span, measured.endQuarter() - baseline.period().endQuarter()));
            return new Path(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(span));
        }
    }

    /** The first target that ends on or after the period, else the last one. */
    public static Optional<Point> nextTarget(List<Point> targets, Period period) {
        List<Point> ordered = targets.stream().sorted(Comparator.comparing(Point::period)).toList();
        return ordered.stream()
                .filter(t -> t.period().endQuarter() >= period.endQuarter())
                .findFirst()
                .or(() -> ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1)));
    }
}
