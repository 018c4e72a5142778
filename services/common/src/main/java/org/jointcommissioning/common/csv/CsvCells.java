package org.jointcommissioning.common.csv;

import java.util.regex.Pattern;

/**
 * A text cell that a spreadsheet would run as a formula (OWASP "CSV injection"): one starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return is written after a single quote, and every text cell is
 * quoted. A plain decimal such as a money amount ({@code -500.00}) is a number to a spreadsheet, not a formula, and
 * stays as it is.
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+([.][0-9]+)?");

    private CsvCells() {
    }

    /** The text as a cell: null stays null (an empty cell). */
    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (TRIGGERS.indexOf(text.charAt(0)) < 0 || DECIMAL.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
