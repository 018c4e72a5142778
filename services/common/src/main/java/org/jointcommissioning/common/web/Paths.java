package org.jointcommissioning.common.web;

import java.util.regex.Pattern;

/** Checks on the raw request line: what no path, query or header of ours may carry. */
final class Paths {

    /** A control character, raw or percent-encoded (%00 to %1F, %7F). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]|%(?:[01][0-9A-Fa-f]|7[Ff])");
    private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F]");
    private static final Pattern BACKSLASH = Pattern.compile("\\\\|%5[Cc]");

    private Paths() {
    }

    /** A header value is not percent-decoded: only a raw control character other than tab counts. */
    static boolean hasRawControlCharacter(String value) {
        return value != null && RAW_CONTROL.matcher(value).find();
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
