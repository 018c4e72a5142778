package org.jointcommissioning.common.web;

import java.util.regex.Pattern;

/** Checks on the raw request line: what no path, query or header of ours may carry. */
final class Paths {

    /** A control character, raw or percent-encoded (%00 to %1F, %7F). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]|%(?:[01][0-9A-Fa-f]|7[Ff])");
    private static final Pattern BACKSLASH = Pattern.compile("\\\\|%5[Cc]");

    private Paths() {
    }

    /**
     * A header value is not percent-decoded: only a raw control character other than tab counts (U+0000 to U+001F
     * but U+0009, and U+007F). A loop, not a regex: it runs over every header, a bearer token's too (a regex here was
     * 17% of the bid list's CPU).
     */
    static boolean hasRawControlCharacter(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0x7F || c < 0x20 && c != '\t') {
                return true;
            }
        }
        return false;
    }

    static boolean hasControlCharacter(String value) {
        return value != null && CONTROL.matcher(value).find();
    }

    static boolean hasBackslash(String path) {
        return path != null && BACKSLASH.matcher(path).find();
    }

    /** A path safe to echo in a problem's instance: control characters replaced. */
    static String printable(String path) {
        return path == null ? null : CONTROL.matcher(path).replaceAll("?");
    }
}
