package org.jointcommissioning.gateway.security;

import io.vertx.core.http.HttpMethod;

import java.util.List;

/**
 * The reads anyone may make without a token. A pattern's '*' matches one path segment and a final '**' any
 * rest (including nothing), so "/api/opportunities/*" allows one opportunity but not its bids.
 */
public class PublicReads {

    private final List<String[]> patterns;

    public PublicReads(List<String> patterns) {
        this.patterns = patterns.stream().map(PublicReads::segments).toList();
    }

    public boolean allows(HttpMethod method, String path) {
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        String[] actual = segments(path);
        return patterns.stream().anyMatch(pattern -> matches(pattern, actual));
    }

    private static boolean matches(String[] pattern, String[] path) {
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("**") && i == pattern.length - 1) {
                return true;
            }
            if (i >= path.length || !(pattern[i].equals("*") || pattern[i].equals(path[i]))) {
                return false;
            }
        }
        return pattern.length == path.length;
    }

    private static String[] segments(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
