package org.jointcommissioning.commissioning.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {

    private static final WorkingDays ENGLAND_2026 = new WorkingDays(List.of(
            LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06"), LocalDate.parse("2026-05-04"),
            LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-01")));

    @Test
    void weekendsAndBankHolidaysAreNotWorkingDays() {
        assertTrue(ENGLAND_2026.isWorkingDay(LocalDate.parse("2026-11-27")), "a Friday");
        assertFalse(ENGLAND_2026.isWorkingDay(LocalDate.parse("2026-11-28")), "a Saturday");
        assertFalse(ENGLAND_2026.isWorkingDay(LocalDate.parse("2026-11-29")), "a Sunday");
        assertFalse(ENGLAND_2026.isWorkingDay(LocalDate.parse("2026-12-28")), "Boxing Day's substitute Monday");
    }

    @Test
    void eightWorkingDaysBeginningOnAWorkingDayCountThatDay() {
        // Monday 16 November 2026: days 1 to 5 that week, 6 to 8 the next Monday to Wednesday.
        assertEquals(LocalDate.parse("2026-11-25"), ENGLAND_2026.lastOfPeriod(LocalDate.parse("2026-11-16"), 8));
        // Thursday: the weekend is skipped.
        assertEquals(LocalDate.parse("2026-11-27"), ENGLAND_2026.lastOfPeriod(LocalDate.parse("2026-11-19"), 7));
    }

    @Test
    void aDecisionOnASaturdayCountsFromMonday() {
        assertEquals(LocalDate.parse("2026-12-02"), ENGLAND_2026.lastOfPeriod(LocalDate.parse("2026-11-21"), 8));
    }

    @Test
    void easterSkipsGoodFridayAndEasterMonday() {
        // Thursday 2 April 2026 is day 1; Good Friday, the weekend and Easter Monday are skipped; 7 to 10 April are
        // days 2 to 5, and 13 to 15 April days 6 to 8.
        assertEquals(LocalDate.parse("2026-04-15"), ENGLAND_2026.lastOfPeriod(LocalDate.parse("2026-04-02"), 8));
    }

    @Test
    void christmasAndTheNewYearSkipThreeBankHolidays() {
        // Thursday 17 December 2026: 17, 18, 21, 22, 23, 24, then 29 and 30 (25 and 28 are bank holidays).
        assertEquals(LocalDate.parse("2026-12-30"), ENGLAND_2026.lastOfPeriod(LocalDate.parse("2026-12-17"), 8));
        // From Wednesday 23 December: 23, 24, 29, 30, 31, then 4, 5 and 6 January (1 January is a bank holiday).
        assertEquals(LocalDate.parse("2027-01-06"), ENGLAND_2026.lastOfPeriod(LocalDate.parse("2026-12-23"), 8));
    }

    @Test
    void aPeriodHasAtLeastOneDay() {
        assertThrows(IllegalArgumentException.class, () -> ENGLAND_2026.lastOfPeriod(LocalDate.parse("2026-11-16"), 0));
    }

    @Test
    void withoutBankHolidaysOnlyWeekendsAreSkipped() {
        assertEquals(DayOfWeek.THURSDAY,
                new WorkingDays(List.of()).lastOfPeriod(LocalDate.parse("2026-12-17"), 6).getDayOfWeek());
    }
}
