package org.jointcommissioning.common.web;

import java.util.Locale;

/** Which media types the API reads and answers with: JSON (and problem+json); reads also CSV. */
final class MediaTypes {

    private MediaTypes() {
    }

    /** Whether an Accept header (absent means anything) allows a JSON answer. */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (type.equals("*/*") || type.equals("application/*") || isJsonType(type)) {
                return !refusedByQuality(range);
            }
        }
        return false;
    }

    /** Whether an Accept header asks for CSV ({@code text/csv}), which lists also answer in. */
    static boolean acceptsCsv(String accept) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",")) {
            if (range.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals("text/csv")) {
                return !refusedByQuality(range);
            }
        }
        return false;
    }

    static boolean isJson(String contentType) {
        return contentType != null && isJsonType(contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT));
    }

    private static boolean isJsonType(String type) {
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** {@code q=0} says "not this one". */
    private static boolean refusedByQuality(String range) {
        for (String parameter : range.split(";")) {
            String p = parameter.trim().replace(" ", "");
            if (p.equals("q=0") || p.matches("q=0\\.0{1,3}")) {
                return true;
            }
        }
        return false;
    }
}
