package org.jointcommissioning.gateway.security;

import io.vertx.core.http.HttpMethod;
import org.jointcommissioning.gateway.routing.PathPatterns;

import java.util.List;

/**
 * The reads anyone may make without a token. A pattern's '*' matches one path segment and a final '**' any
 * rest (including nothing), so "/api/opportunities/*" allows one opportunity but not its bids.
 */
public class PublicReads {

    private final PathPatterns patterns;

    public PublicReads(List<String> patterns) {
        this.patterns = new PathPatterns(patterns);
    }

    public boolean allows(HttpMethod method, String path) {
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        return patterns.matches(path);
    }
}
