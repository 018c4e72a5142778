package org.jointcommissioning.commissioning.service;

import jakarta.ws.rs.core.EntityTag;
import org.jointcommissioning.common.problem.ProblemException;

/**
 * Optimistic concurrency for resources two people may edit: the ETag is the row's version, and a PUT with
 * {@code If-Match} is refused (412) when someone changed the resource since the client read it.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(int version) {
        return new EntityTag(String.valueOf(version));
    }

    /** Fails with 412 when {@code ifMatch} is given and names another version; {@code *} matches any. */
    public static void check(String ifMatch, int version) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String expected = of(version).toString();
        for (String tag : ifMatch.split(",")) {
            if (tag.trim().replaceFirst("^W/", "").equals(expected)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("The resource has changed since it was read (now " + expected
                + "); read it again and retry");
    }
}
