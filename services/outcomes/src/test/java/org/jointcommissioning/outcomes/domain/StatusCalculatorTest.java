package org.jointcommissioning.outcomes.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.jointcommissioning.outcomes.domain.Polarity.HIGHER_IS_BETTER;
import static org.jointcommissioning.outcomes.domain.Polarity.LOWER_IS_BETTER;
import static org.jointcommissioning.outcomes.domain.RagStatus.AMBER;
import static org.jointcommissioning.outcomes.domain.RagStatus.GREEN;
import static org.jointcommissioning.outcomes.domain.RagStatus.NO_DATA;
import static org.jointcommissioning.outcomes.domain.RagStatus.RED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Baseline 2025-26, target 2027-28: eight quarters. Rising from 100 to 200, the path passes 150 at the end
 * of 2026-27 and 125 at the end of 2026-27-Q2; the default amber band is 10% of the gap of 100, so 10.
 */
class StatusCalculatorTest {

    private final StatusCalculator rule = new StatusCalculator(new BigDecimal("0.10"));

    @Test
    void higherIsBetterAgainstAYear() {
        assertEquals(GREEN, rising("2026-27", "150"), "exactly on the path");
        assertEquals(GREEN, rising("2026-27", "150.0001"), "just ahead");
        assertEquals(GREEN, rising("2026-27", "190"), "well ahead");
        assertEquals(AMBER, rising("2026-27", "149.9999"), "just behind");
        assertEquals(AMBER, rising("2026-27", "140"), "at the edge of the band");
        assertEquals(RED, rising("2026-27", "139.9999"), "just outside the band");
    }

    @Test
    void higherIsBetterAgainstAQuarter() {
        assertEquals(GREEN, rising("2026-27-Q2", "125"), "exactly on the path");
        assertEquals(GREEN, rising("2026-27-Q2", "126"), "ahead");
        assertEquals(AMBER, rising("2026-27-Q2", "115"), "at the edge of the band");
        assertEquals(RED, rising("2026-27-Q2", "114.99"), "just outside the band");
    }

    @Test
    void lowerIsBetterAgainstAYear() {
        assertEquals(GREEN, falling("2026-27", "150"), "exactly on the path");
        assertEquals(GREEN, falling("2026-27", "149.9999"), "just ahead");
        assertEquals(AMBER, falling("2026-27", "150.0001"), "just behind");
        assertEquals(AMBER, falling("2026-27", "160"), "at the edge of the band");
        assertEquals(RED, falling("2026-27", "160.0001"), "just outside the band");
    }

    @Test
    void lowerIsBetterAgainstAQuarter() {
        // One quarter of eight from 200 to 100: 187.5.
        assertEquals(GREEN, falling("2026-27-Q1", "187.5"), "exactly on the path");
        assertEquals(GREEN, falling("2026-27-Q1", "180"), "ahead");
        assertEquals(AMBER, falling("2026-27-Q1", "197.5"), "at the edge of the band");
        assertEquals(RED, falling("2026-27-Q1", "197.51"), "just outside the band");
    }

    @Test
    void measuresAgainstTheNextTargetAndItsOwnGap() {
        List<StatusCalculator.Point> targets = List.of(point("2027-28", "200"), point("2026-27", "120"));
        // Half way from 100 (2025-26) to 120 (2026-27) is 110; the band is 10% of 20, so 2.
        assertEquals(GREEN, status(HIGHER_IS_BETTER, "100", targets, "2026-27-Q2", "110"));
        assertEquals(AMBER, status(HIGHER_IS_BETTER, "100", targets, "2026-27-Q2", "108"));
        assertEquals(RED, status(HIGHER_IS_BETTER, "100", targets, "2026-27-Q2", "107.99"));
        // From 2027-28-Q1 on, the next target is 2027-28's.
        assertEquals(RED, status(HIGHER_IS_BETTER, "100", targets, "2027-28-Q1", "120"));
    }

    @Test
    void aPathThroughThirdsIsComparedExactly() {
        // From 0 to 10 over three quarters: after one, the path is at 3.333...; the band is 1.
        List<StatusCalculator.Point> targets = List.of(point("2026-27-Q3", "10"));
        assertEquals(GREEN, status(HIGHER_IS_BETTER, "0", targets, "2026-27-Q1", "3.3334"));
        assertEquals(AMBER, status(HIGHER_IS_BETTER, "0", targets, "2026-27-Q1", "3.3333"));
        assertEquals(AMBER, status(HIGHER_IS_BETTER, "0", targets, "2026-27-Q1", "2.3334"));
        assertEquals(RED, status(HIGHER_IS_BETTER, "0", targets, "2026-27-Q1", "2.3333"));
    }

    @Test
    void afterTheLastTargetTheTargetItselfIsExpected() {
        assertEquals(GREEN, rising("2029-30", "200"));
        assertEquals(AMBER, rising("2029-30", "190"));
        assertEquals(RED, rising("2029-30", "189"));
    }

    @Test
    void beforeTheBaselineEndsTheBaselineIsExpected() {
        assertEquals(GREEN, rising("2025-26-Q2", "100"));
        assertEquals(AMBER, rising("2025-26-Q2", "90"));
        assertEquals(RED, rising("2025-26-Q2", "89"));
    }

    @Test
    void aTargetToHoldTheBaselineHasNoAmberBand() {
        List<StatusCalculator.Point> hold = List.of(point("2027-28", "100"));
        assertEquals(GREEN, status(HIGHER_IS_BETTER, "100", hold, "2026-27", "100"));
        assertEquals(RED, status(HIGHER_IS_BETTER, "100", hold, "2026-27", "99.9999"));
    }

    @Test
    void theAmberShareIsConfigurable() {
        StatusCalculator wide = new StatusCalculator(new BigDecimal("0.25"));
        var targets = List.of(point("2027-28", "200"));
        var baseline = point("2025-26", "100");

        assertEquals(AMBER, wide.status(HIGHER_IS_BETTER, baseline, targets, Optional.of(point("2026-27", "125"))));
        assertEquals(RED, wide.status(HIGHER_IS_BETTER, baseline, targets, Optional.of(point("2026-27", "124.99"))));
        assertThrows(IllegalArgumentException.class, () -> new StatusCalculator(new BigDecimal("1.5")));
        assertThrows(IllegalArgumentException.class, () -> new StatusCalculator(new BigDecimal("-0.1")));
    }

    @Test
    void withoutAMeasurementThereIsNoData() {
        assertEquals(NO_DATA, rule.status(HIGHER_IS_BETTER, point("2025-26", "100"),
                List.of(point("2027-28", "200")), Optional.empty()));
    }

    private RagStatus rising(String period, String value) {
        return status(HIGHER_IS_BETTER, "100", List.of(point("2027-28", "200")), period, value);
    }

    private RagStatus falling(String period, String value) {
        return status(LOWER_IS_BETTER, "200", List.of(point("2027-28", "100")), period, value);
    }

    private RagStatus status(Polarity polarity, String baseline, List<StatusCalculator.Point> targets,
                             String period, String value) {
        return rule.status(polarity, point("2025-26", baseline), targets, Optional.of(point(period, value)));
    }

    private static StatusCalculator.Point point(String period, String value) {
        return new StatusCalculator.Point(Period.of(period), new BigDecimal(value));
    }
}
