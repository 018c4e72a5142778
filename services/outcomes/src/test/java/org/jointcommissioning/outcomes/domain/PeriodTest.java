package org.jointcommissioning.outcomes.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    @Test
    void readsFinancialYearsAndQuartersAndWritesThemBackUnchanged() {
        Period year = Period.of("2026-27");
        Period quarter = Period.of("2026-27-Q3");
        Period turnOfCentury = Period.of("1999-00");

        assertTrue(year.isYear());
        assertEquals(3, quarter.quarter());
        assertEquals("2026-27", year.toString());
        assertEquals("2026-27-Q3", quarter.toString());
        assertEquals("1999-00", turnOfCentury.toString());
    }

    @Test
    void placesAYearAtTheEndOfItsFourthQuarter() {
        assertEquals(Period.of("2026-27-Q4").endQuarter(), Period.of("2026-27").endQuarter());
        assertEquals(Period.of("2026-27-Q1").endQuarter() + 3, Period.of("2026-27").endQuarter());
        assertEquals(Period.of("2026-27").endQuarter() + 1, Period.of("2027-28-Q1").endQuarter());
    }

    @Test
    void ordersQuartersAndYearsOnOneTimeLine() {
        List<String> sorted = Stream.of("2027-28-Q1", "2026-27", "2026-27-Q4", "2026-27-Q1", "2025-26")
                .map(Period::of).sorted().map(Period::toString).toList();

        assertEquals(List.of("2025-26", "2026-27-Q1", "2026-27-Q4", "2026-27", "2027-28-Q1"), sorted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-28", "2026-26", "2026-2027", "26-27", "2026-27-Q0", "2026-27-Q5", "2026-27-q3",
            "2026-27Q3", " 2026-27", "2026-27 ", "", "2026", "0999-00"})
    void refusesAnythingElse(String text) {
        assertFalse(Period.parse(text).isPresent(), text);
    }
}
