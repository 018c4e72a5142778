package org.jointcommissioning.gateway.proxy;

import io.vertx.core.MultiMap;

import java.util.List;

/** Headers that belong to one connection (RFC 9110 section 7.6.1) and must not cross the gateway. */
final class HopByHop {

    private static final List<String> NAMES = List.of(
            "Connection", "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization", "Proxy-Connection",
            "TE", "Trailer", "Transfer-Encoding", "Upgrade");

    private HopByHop() {
    }

    static void remove(MultiMap headers) {
        // Headers that the Connection header names are hop-by-hop as well.
        for (String connection : headers.getAll("Connection")) {
            for (String name : connection.split(",")) {
                headers.remove(name.trim());
            }
        }
        NAMES.forEach(headers::remove);
    }
}
