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

    /** Runs on every request: the slashes at either end are skipped by index, not by a regex compiled on each call. */
    private static String[] segments(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return start == end ? new String[0] : path.substring(start, end).split("/");
    }
}
