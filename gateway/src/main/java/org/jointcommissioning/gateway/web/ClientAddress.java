package org.jointcommissioning.gateway.web;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides who the caller is, for the rate limit and the X-Forwarded-For the services receive. The caller is the
 * peer of the connection, unless that peer is a trusted proxy: then the addresses the proxies reported
 * ({@code Forwarded} for=, or else {@code X-Forwarded-For}) are read from the nearest backwards, and the first
 * one that is not itself a trusted proxy is the caller. An entry that is not an address (such as "unknown") ends
 * the walk at the trusted proxy that wrote it. From a trusted peer the scheme comes from its {@code Forwarded}
 * proto= or {@code X-Forwarded-Proto} (last value) too. From any other peer these headers mean nothing.
 */
public class ClientAddress implements Handler<RoutingContext> {

    private final TrustedProxies trusted;

    public ClientAddress(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String peer = request.remoteAddress().host();
        String address = peer;
        String scheme = request.scheme();
        if (!trusted.isEmpty() && trusted.trusts(peer)) {
            List<String[]> hops = hops(request);
            address = caller(hops, peer);
            scheme = scheme(request, hops, scheme);
        }
        Exchange.client(context, address, scheme);
        context.next();
    }

    private String caller(List<String[]> hops, String peer) {
        String caller = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String address = hops.get(i)[0];
            if (TrustedProxies.parse(address) == null) {
                return caller;
            }
            caller = address;
            if (!trusted.trusts(address)) {
                return address;
            }
        }
        return caller;
    }

    /** Each hop a proxy reported, in order from the original caller: {address, proto or null}. */
    private static List<String[]> hops(HttpServerRequest request) {
        List<String[]> hops = new ArrayList<>();
        List<String> forwarded = request.headers().getAll("Forwarded");
        if (!forwarded.isEmpty()) {
            for (String header : forwarded) {
                for (String element : header.split(",")) {
                    hops.add(new String[] {parameter(element, "for"), parameter(element, "proto")});
                }
            }
            return hops;
        }
        for (String header : request.headers().getAll("X-Forwarded-For")) {
            for (String address : header.split(",")) {
                hops.add(new String[] {bare(address.trim()), null});
            }
        }
        return hops;
    }

    private static String scheme(HttpServerRequest request, List<String[]> hops, String otherwise) {
        String proto = null;
        for (String[] hop : hops) {
            proto = hop[1] != null ? hop[1] : proto;
        }
        if (proto == null) {
            String header = request.getHeader("X-Forwarded-Proto");
            if (header != null) {
                String[] values = header.split(",");
                proto = values[values.length - 1].trim();
            }
        }
        proto = proto == null ? null : proto.toLowerCase(Locale.ROOT);
        return "http".equals(proto) || "https".equals(proto) ? proto : otherwise;
    }

    /** A parameter of one Forwarded element (RFC 7239), unquoted, or null. */
    private static String parameter(String element, String name) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).trim().equalsIgnoreCase(name)) {
                String value = pair.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return "for".equals(name) ? bare(value) : value;
            }
        }
        return null;
    }

    /** An address without brackets or port: "[2001:db8::1]:4711" is 2001:db8::1, "192.0.2.1:80" is 192.0.2.1. */
    private static String bare(String node) {
        if (node == null) {
            return null;
        }
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            return close > 0 ? node.substring(1, close) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }
}
