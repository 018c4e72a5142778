package org.jointcommissioning.contracts.http;

/** The body-size rule the gateway and the services apply alike, and the words they answer it with. */
public final class BodyLimits {

    private BodyLimits() {
    }

    /** True when a declared {@code Content-Length} is over the limit; an unreadable one is left to the HTTP parser. */
    public static boolean declaredOver(String contentLength, long maxBytes) {
        if (contentLength == null) {
            return false;
        }
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static String overLimit(long maxBytes) {
        return "The request body is over the limit of " + maxBytes + " bytes";
    }
}
