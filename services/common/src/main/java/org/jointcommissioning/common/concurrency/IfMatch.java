package org.jointcommissioning.common.concurrency;

import org.jointcommissioning.common.problem.ProblemException;

/**
 * Optimistic concurrency for what two people may edit: the ETag is the row's version, and a change sent with
 * the {@code If-Match} of an older version is refused (412), so one editor never silently overwrites another.
 * An absent header means the client did not ask for the check; {@code *} matches any version.
 */
public record IfMatch(String header) {

    public static final IfMatch NONE = new IfMatch(null);

    public void check(long current, String what) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return;
        }
        String expected = etag(current);
        for (String tag : header.split(",")) {
            if (tag.trim().replaceFirst("^W/", "").equals(expected)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(what + " has changed since you read it (now " + expected
                + "); read it again and reapply your change");
    }

    /** The ETag header value of a version, quoted as HTTP wants it. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
