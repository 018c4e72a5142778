package org.jointcommissioning.contracts.http;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id every request carries, kept by the gateway and the services alike: the caller's if it is sane (so a
 * client can follow its own request through the logs), else a new one. An insane id is replaced, never echoed.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    public static String acceptOrCreate(String sent) {
        if (sent != null && SANE.matcher(sent).matches()) {
            return sent;
        }
        return UUID.randomUUID().toString();
    }
}
