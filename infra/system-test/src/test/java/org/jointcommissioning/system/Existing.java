package org.jointcommissioning.system;

import io.restassured.specification.RequestSpecification;

/**
 * Partners and organisations outlive a run (the platform keeps its databases between runs), so a story creates
 * them only when absent, and each creation then expects exactly 201.
 */
final class Existing {

    private Existing() {
    }

    /** Whether reading the resource says it does not exist yet; any answer but 200 or 404 fails the story. */
    static boolean absent(RequestSpecification reader, String path) {
        int status = reader.get(path).statusCode();
        if (status != 200 && status != 404) {
            throw new AssertionError("GET " + path + " answered " + status + ", neither 200 nor 404");
        }
        return status == 404;
    }
}
