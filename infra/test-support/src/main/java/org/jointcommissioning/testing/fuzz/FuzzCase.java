package org.jointcommissioning.testing.fuzz;

import java.util.Map;

/** One request the fuzzer sends: what it tries, and the request itself (path already encoded). */
record FuzzCase(String description, String method, String path, Map<String, String> query,
                Map<String, String> headers, String body) {

    @Override
    public String toString() {
        return method.toUpperCase() + " " + path + (query.isEmpty() ? "" : " " + query) + ": " + description;
    }
}
