package org.jointcommissioning.gateway.problem;

/**
 * The problems the gateway answers by itself. Types and titles are the services' own (see the toolkit's
 * ProblemType), so a client handles one set whether a service or the gateway answered.
 */
public enum ProblemKind {
    INVALID_REQUEST(400, "invalid-request", "The request is not valid"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication is required"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    URI_TOO_LONG(414, "uri-too-long", "The address is too long"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "The request headers are too large"),
    BAD_GATEWAY(502, "bad-gateway", "The service gave no usable answer"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "The service did not answer in time");

    private static final String TYPE_BASE = "https://jointcommissioning.org/problems/";

    public final int status;
    public final String type;
    public final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.type = TYPE_BASE + slug;
        this.title = title;
    }
}
