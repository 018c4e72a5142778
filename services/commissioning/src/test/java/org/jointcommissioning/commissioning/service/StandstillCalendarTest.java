package org.jointcommissioning.commissioning.service;

import org.jointcommissioning.commissioning.config.StandstillConfig;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StandstillCalendarTest {

    @Test
    void theShippedCalendarHoldsEightBankHolidaysAYearFrom2026To2028() {
        List<LocalDate> holidays = StandstillCalendar.published();
        for (int year = 2026; year <= 2028; year++) {
            int y = year;
            assertEquals(8, holidays.stream().filter(d -> d.getYear() == y).count(), "bank holidays in " + year);
        }
        holidays.forEach(day -> assertTrue(day.getDayOfWeek().getValue() <= 5, day + " falls on a weekday"));
    }

    @Test
    void theShippedGoodFridaysAndEasterMondaysFollowEaster() {
        List<LocalDate> holidays = StandstillCalendar.published();
        for (int year = 2026; year <= 2028; year++) {
            LocalDate easter = easterSunday(year);
            assertTrue(holidays.contains(easter.minusDays(2)), "Good Friday " + year);
            assertTrue(holidays.contains(easter.plusDays(1)), "Easter Monday " + year);
        }
    }

    @Test
    void theShippedMayAndAugustHolidaysAreMondays() {
        StandstillCalendar.published().stream().filter(d -> d.getMonthValue() == 5 || d.getMonthValue() == 8)
                .forEach(day -> assertEquals(DayOfWeek.MONDAY, day.getDayOfWeek(), day.toString()));
    }

    @Test
    void aStandstillEndsAtMidnightInLondonAfterItsLastWorkingDay() {
        StandstillCalendar calendar = calendar(Optional.empty(), Optional.empty());
        // Decided on Thursday 17 December 2026: the eighth working day is Wednesday the 30th.
        assertEquals(Instant.parse("2026-12-31T00:00:00Z"), calendar.endOf(Instant.parse("2026-12-17T15:00:00Z"), 8));
        // From Tuesday 28 April the Early May bank holiday (4 May) is skipped: the eighth working day is Friday 8 May,
        // and in British Summer Time midnight in London is 23:00 UTC.
        assertEquals(Instant.parse("2026-05-08T23:00:00Z"), calendar.endOf(Instant.parse("2026-04-28T09:00:00Z"), 8));
    }

    @Test
    void noStandstillEndsAtTheDecision() {
        Instant decided = Instant.parse("2026-12-17T15:00:00Z");
        assertEquals(decided, calendar(Optional.empty(), Optional.empty()).endOf(decided, 0));
    }

    @Test
    void configuredBankHolidaysReplaceTheShippedOnes() {
        StandstillCalendar calendar = calendar(Optional.of(List.of(LocalDate.parse("2026-11-18"))), Optional.empty());
        // Monday 16 November, with Wednesday the 18th a holiday: the eighth working day is Thursday the 26th.
        assertEquals(Instant.parse("2026-11-27T00:00:00Z"), calendar.endOf(Instant.parse("2026-11-16T10:00:00Z"), 8));
        // The shipped Christmas holidays no longer apply.
        assertEquals(Instant.parse("2026-12-29T00:00:00Z"), calendar.endOf(Instant.parse("2026-12-17T15:00:00Z"), 8));
    }

    @Test
    void aDemonstrationLengthReplacesTheWorkingDays() {
        Instant decided = Instant.parse("2026-12-17T15:00:00Z");
        assertEquals(decided.plusSeconds(45),
                calendar(Optional.empty(), Optional.of(Duration.ofSeconds(45))).endOf(decided, 8));
    }

    private static StandstillCalendar calendar(Optional<List<LocalDate>> holidays, Optional<Duration> demoLength) {
        StandstillCalendar calendar = new StandstillCalendar();
        calendar.config = new StandstillConfig() {
            public int defaultWorkingDays() {
                return 8;
            }

            public Optional<List<LocalDate>> bankHolidays() {
                return holidays;
            }

            public ZoneId zone() {
                return ZoneId.of("Europe/London");
            }

            public Optional<Duration> demoLength() {
                return demoLength;
            }

            public String endInterval() {
                return "off";
            }
        };
        calendar.load();
        return calendar;
    }

    /** Easter Sunday by the anonymous Gregorian computus, to check the shipped data against. */
    private static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
