package org.jointcommissioning.outcomes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /** Scale of the interpolated expected value; far finer than any indicator's unit. */
    private static final int SCALE = 10;

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
        BigDecimal gap = target.get().value().subtract(baseline.value());
        BigDecimal expected = expected(baseline, target.get(), measured.period());
        BigDecimal behind = polarity == Polarity.HIGHER_IS_BETTER
                ? expected.subtract(measured.value())
                : measured.value().subtract(expected);
        if (behind.signum() <= 0) {
            return RagStatus.GREEN;
        }
        BigDecimal band = gap.abs().multiply(amberShare);
        return behind.compareTo(band) <= 0 ? RagStatus.AMBER : RagStatus.RED;
    }

    /** The value on the path at the end of {@code period}; before the baseline it is the baseline. */
    public static BigDecimal expected(Point baseline, Point target, Period period) {
        int span = target.period().endQuarter() - baseline.period().endQuarter();
        int elapsed = period.endQuarter() - baseline.period().endQuarter();
        if (span <= 0 || elapsed >= span) {
            return target.value();
        }
        if (elapsed <= 0) {
            return baseline.value();
        }
        BigDecimal gap = target.value().subtract(baseline.value());
        return baseline.value().add(gap.multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(span), SCALE, RoundingMode.HALF_UP));
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
