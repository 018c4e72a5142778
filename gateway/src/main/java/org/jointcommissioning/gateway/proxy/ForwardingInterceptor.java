package org.jointcommissioning.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;
import org.jointcommissioning.contracts.http.BodyLimits;
import org.jointcommissioning.contracts.http.RequestIds;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.jointcommissioning.gateway.limits.BodyLimitPolicy;
import org.jointcommissioning.gateway.limits.BodySizeLimit;
import org.jointcommissioning.gateway.limits.SizeLimitedStream;
import org.jointcommissioning.gateway.problem.Problems;
import org.jointcommissioning.gateway.routing.Service;

/**
 * Adjusts each proxied exchange with one service: limits a body sent without a length,
 * strips hop-by-hop headers both ways, and turns a failed call into a problem that names the service.
 * Method, path, query, body and the other headers pass unchanged (the proxy library copies them).
 */
class ForwardingInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);

    private final Service service;
    private final BodyLimitPolicy limits;
    private final long timeoutMillis;

    ForwardingInterceptor(Service service, BodyLimitPolicy limits, long timeoutMillis) {
        this.service = service;
        this.limits = limits;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HopByHop.remove(request.headers());
        SizeLimitedStream limited = null;
        long maxBodyBytes = limits.limitFor(request.proxiedRequest().path());
        if (request.getBody() != null && request.getBody().length() < 0) {
            limited = new SizeLimitedStream(request.getBody().stream(), maxBodyBytes);
            request.setBody(Body.body(limited, -1));
        }
        SizeLimitedStream counted = limited;
        return context.sendRequest().recover(failure -> {
            if (counted != null && counted.exceeded()) {
                BodySizeLimit.closeAfterAnswer(request.proxiedRequest());
                return Future.succeededFuture(problem(request, ProblemType.PAYLOAD_TOO_LARGE,
                        BodyLimits.overLimit(maxBodyBytes)));
            }
            UpstreamFailure meaning = UpstreamFailure.of(failure, service, timeoutMillis);
            LOG.warnf("%s %s to %s failed (request %s): %s", request.getMethod(), request.proxiedRequest().path(),
                    service.name(), requestId(request.proxiedRequest()), failure.toString());
            return Future.succeededFuture(problem(request, meaning.kind(), meaning.detail()));
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        HopByHop.remove(context.response().headers());
        return context.sendResponse();
    }

    private ProxyResponse problem(ProxyRequest request, ProblemType kind, String detail) {
        HttpServerRequest original = request.proxiedRequest();
        Buffer body = Problems.body(kind, detail, original.path(), requestId(original), service.name());
        return request.release().response()
                .setStatusCode(kind.status())
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .setBody(Body.body(body));
    }

    private static String requestId(HttpServerRequest request) {
        return request.getHeader(RequestIds.HEADER);
    }
}
