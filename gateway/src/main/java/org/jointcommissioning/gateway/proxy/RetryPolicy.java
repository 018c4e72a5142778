package org.jointcommissioning.gateway.proxy;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

import java.net.ConnectException;
import java.net.UnknownHostException;

/**
 * When a request may go to another copy of its service. Only after a copy could not be connected to at all
 * (refused, unreachable, no answer to the connection attempt): then not one byte of the request has left the
 * gateway, and its body is still held. Even so, only requests that are safe to send twice are retried: reads
 * (GET, HEAD, OPTIONS) and requests that carry an Idempotency-Key, which the services answer once per key. A
 * request that has reached a copy is never sent to another, whatever happens to its answer.
 */
final class RetryPolicy {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private RetryPolicy() {
    }

    static boolean mayRetry(HttpServerRequest request) {
        HttpMethod method = request.method();
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || request.getHeader(IDEMPOTENCY_KEY) != null;
    }

    /** Whether the failure says that no connection to the copy was made (so nothing was sent to it). */
    static boolean notConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }
}
