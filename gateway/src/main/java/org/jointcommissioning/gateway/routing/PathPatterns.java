package org.jointcommissioning.gateway.routing;

import java.util.List;

/**
 * A list of path patterns: a pattern's '*' matches one path segment and a final '**' any rest (including nothing),
 * so "/api/opportunities/*" matches one opportunity but not its bids.
 */
public class PathPatterns {

    private final List<String[]> patterns;

    public PathPatterns(List<String> patterns) {
        this.patterns = patterns.stream().map(PathPatterns::segments).toList();
    }

    public boolean matches(String path) {
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
