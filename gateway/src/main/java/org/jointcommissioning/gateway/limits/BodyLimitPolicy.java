package org.jointcommissioning.gateway.limits;

import org.jointcommissioning.gateway.routing.PathPatterns;

import java.util.List;

/** The largest body a request may carry: the general limit, or a document's on the paths that take documents. */
public class BodyLimitPolicy {

    private final long maxBytes;
    private final long documentMaxBytes;
    private final PathPatterns documentPaths;

    public BodyLimitPolicy(long maxBytes, long documentMaxBytes, List<String> documentPaths) {
        this.maxBytes = maxBytes;
        this.documentMaxBytes = documentMaxBytes;
        this.documentPaths = new PathPatterns(documentPaths);
    }

    public long limitFor(String path) {
        return documentPaths.matches(path) ? documentMaxBytes : maxBytes;
    }
}
