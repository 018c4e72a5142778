package org.jointcommissioning.gateway.web;

import io.vertx.ext.web.RoutingContext;
import org.jointcommissioning.gateway.routing.Service;

/** What the gateway learns about one request, kept on its routing context for later handlers and the log. */
public final class Exchange {

    private static final String REQUEST_ID = "gateway.requestId";
    private static final String SUBJECT = "gateway.subject";
    private static final String ORG = "gateway.org";
    private static final String SERVICE = "gateway.service";
    private static final String CLIENT_ADDRESS = "gateway.clientAddress";
    private static final String CLIENT_SCHEME = "gateway.clientScheme";

    private Exchange() {
    }

    public static String requestId(RoutingContext context) {
        return context.get(REQUEST_ID);
    }

    static void requestId(RoutingContext context, String id) {
        context.put(REQUEST_ID, id);
    }

    /** The token's subject, or null for an anonymous caller. */
    public static String subject(RoutingContext context) {
        return context.get(SUBJECT);
    }

    public static void subject(RoutingContext context, String subject) {
        context.put(SUBJECT, subject);
    }

    /** The organisation the token names, or null. */
    public static String org(RoutingContext context) {
        return context.get(ORG);
    }

    public static void org(RoutingContext context, String org) {
        context.put(ORG, org);
    }

    /** The service that owns the request's path. */
    public static Service service(RoutingContext context) {
        return context.get(SERVICE);
    }

    public static void service(RoutingContext context, Service service) {
        context.put(SERVICE, service);
    }

    /** The caller's address: the connection's peer, or what a trusted proxy reported (see ClientAddress). */
    public static String clientAddress(RoutingContext context) {
        String address = context.get(CLIENT_ADDRESS);
        return address != null ? address : context.request().remoteAddress().host();
    }

    /** The scheme the caller used: the connection's, or what a trusted proxy reported. */
    public static String clientScheme(RoutingContext context) {
        String scheme = context.get(CLIENT_SCHEME);
        return scheme != null ? scheme : context.request().scheme();
    }

    static void client(RoutingContext context, String address, String scheme) {
        context.put(CLIENT_ADDRESS, address);
        context.put(CLIENT_SCHEME, scheme);
    }
}
