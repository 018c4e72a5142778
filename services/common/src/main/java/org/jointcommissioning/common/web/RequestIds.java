package org.jointcommissioning.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id every request carries, from the caller or made here. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** Keeps a sane id sent by the client or the gateway; anything else is replaced, never echoed. */
    public static String acceptOrCreate(String sent) {
        if (sent != null && SANE.matcher(sent).matches()) {
            return sent;
        }
        return UUID.randomUUID().toString();
    }
}
