package org.jointcommissioning.outcomes.service;

import org.jointcommissioning.common.problem.ProblemException;

/**
 * The version a client last read (its {@code If-Match}), checked before a change so that one editor never
 * silently overwrites another. Absent means the client did not ask for the check.
 */
public record IfMatch(String header) {

    public static final IfMatch NONE = new IfMatch(null);

    public void check(long current, String what) {
        if (header == null || header.trim().equals("*")) {
            return;
        }
        if (!header.trim().equals(etag(current))) {
            throw ProblemException.preconditionFailed(what + " has changed since you read it (now " + etag(current)
                    + "); read it again and reapply your change");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
