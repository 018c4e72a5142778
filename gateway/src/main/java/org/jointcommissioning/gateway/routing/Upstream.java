package org.jointcommissioning.gateway.routing;

import java.net.URI;

/** One copy of a service: where it listens. */
public record Upstream(String host, int port, boolean ssl) {

    public static Upstream of(URI url) {
        if (url.getHost() == null) {
            throw new IllegalArgumentException("A service address needs a host: " + url);
        }
        boolean ssl = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : (ssl ? 443 : 80);
        return new Upstream(url.getHost(), port, ssl);
    }

    public String baseUrl() {
        return (ssl ? "https://" : "http://") + host + ":" + port;
    }
}
