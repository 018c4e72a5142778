package org.jointcommissioning.commissioning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** Working days in England and Wales: neither a Saturday, a Sunday nor a bank holiday of the calendar given. */
public final class WorkingDays {

    private final Set<LocalDate> bankHolidays;

    public WorkingDays(Collection<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /**
     * The last day of a period of {@code count} working days beginning with {@code first} (which counts if it is a
     * working day), as section 51 of the Procurement Act 2023 counts a standstill from the day of the notice.
     */
    public LocalDate lastOfPeriod(LocalDate first, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("A period has at least one working day, not " + count);
        }
        LocalDate day = first;
        int counted = isWorkingDay(day) ? 1 : 0;
        while (counted < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
