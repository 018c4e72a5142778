package org.jointcommissioning.outcomes.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a financial year ({@code 2026-27}, April 2026 to March 2027) or one of its quarters
 * ({@code 2026-27-Q3}). Periods are placed on one time line by the quarter they end with, so that a
 * quarter can be measured against a path drawn between years.
 */
public record Period(int startYear, int quarter) implements Comparable<Period> {

    public static final String RULE = "must be a financial year such as 2026-27 or a quarter such as 2026-27-Q3";
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})(?:-Q([1-4]))?");
    /** 0 stands for the whole year. */
    private static final int WHOLE_YEAR = 0;

    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if (start < 1900 || end != (start + 1) % 100) {
            return Optional.empty(); // the second part must be the year after the first
        }
        return Optional.of(new Period(start, m.group(3) == null ? WHOLE_YEAR : Integer.parseInt(m.group(3))));
    }

    /** For values already validated. */
    public static Period of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException(text + ": " + RULE));
    }

    public boolean isYear() {
        return quarter == WHOLE_YEAR;
    }

    /** The quarter this period ends with, counted from year 0: a year ends with its fourth quarter. */
    public int endQuarter() {
        return startYear * 4 + (isYear() ? 4 : quarter);
    }

    @Override
    public int compareTo(Period other) {
        int byEnd = Integer.compare(endQuarter(), other.endQuarter());
        // A year sorts after its own fourth quarter: it sums up more.
        return byEnd != 0 ? byEnd : Boolean.compare(isYear(), other.isYear());
    }

    @Override
    public String toString() {
        String year = startYear + "-" + String.format("%02d", (startYear + 1) % 100);
        return isYear() ? year : year + "-Q" + quarter;
    }
}
