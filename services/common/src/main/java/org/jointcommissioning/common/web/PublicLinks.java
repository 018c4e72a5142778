package org.jointcommissioning.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Absolute links to the platform's resources (Location headers, OCDS uris), built from the one configured public
 * address. Never from the request's Host header, which a caller controls.
 */
@ApplicationScoped
public class PublicLinks {

    private final String base;

    public PublicLinks(@ConfigProperty(name = "platform.public-base-url") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The public address, without a trailing slash, such as {@code http://localhost:8080}. */
    public String base() {
        return base;
    }

    /** An absolute link to an API path such as {@code /api/funds/42}. */
    public URI to(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path starts with /: " + path);
        }
        return URI.create(base + path);
    }
}
