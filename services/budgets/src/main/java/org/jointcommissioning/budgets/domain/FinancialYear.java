package org.jointcommissioning.budgets.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A UK public-sector financial year, 1 April to 31 March, named as "2026-27". */
public record FinancialYear(int startYear) {

    public static final String PATTERN = "^[0-9]{4}-[0-9]{2}$";
    public static final String RULE = "must be a financial year such as 2026-27";
    /** Years from 2000-01 to 2098-99 are accepted, so a fund has at most this many. */
    public static final int MAX_PER_FUND = 99;
    /** A year's forecast series has a point per month at most. */
    public static final int MONTHS = 12;
    private static final Pattern LABEL = Pattern.compile("([0-9]{4})-([0-9]{2})");

    public FinancialYear {
        if (startYear < 1 || startYear > 9998) {
            throw new IllegalArgumentException("No financial year starts in " + startYear);
        }
    }

    /** The year a label names, if it is one (2000-01 to 2098-99): "2026-27", the second part the year after the first. */
    public static Optional<FinancialYear> parse(String label) {
        Matcher m = label == null ? null : LABEL.matcher(label);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2)) || start < 2000 || start > 2098) {
            return Optional.empty();
        }
        return Optional.of(new FinancialYear(start));
    }

    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate starts() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate ends() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(starts()) && !date.isAfter(ends());
    }

    public boolean contains(YearMonth month) {
        return contains(month.atDay(1));
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    /** April to March. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(starts()); !m.isAfter(YearMonth.from(ends())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public String label() {
        return "%d-%02d".formatted(startYear, (startYear + 1) % 100);
    }

    @Override
    public String toString() {
        return label();
    }
}
