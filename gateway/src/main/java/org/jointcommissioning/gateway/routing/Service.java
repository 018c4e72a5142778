package org.jointcommissioning.gateway.routing;

import java.net.URI;

/** A service behind the gateway: its name (used in problems and health) and where it listens. */
public record Service(String name, String host, int port, boolean ssl) {

    public static Service of(String name, URI url) {
        boolean ssl = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : (ssl ? 443 : 80);
        return new Service(name, url.getHost(), port, ssl);
    }

    public String baseUrl() {
        return (ssl ? "https://" : "http://") + host + ":" + port;
    }
}
