package org.jointcommissioning.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import org.jboss.logging.Logger;
import org.jointcommissioning.gateway.routing.Service;
import org.jointcommissioning.gateway.routing.Upstream;

import java.util.List;

/**
 * Opens the request to one copy of a service: the next ready copy in turn. A copy that cannot be connected to is
 * marked not ready (the readiness check brings it back), and a request that {@link RetryPolicy} allows goes to
 * the next candidate; the caller's body stays held meanwhile, since the proxy streams it only once a request to
 * a copy is open.
 */
final class CopyConnector {

    private static final Logger LOG = Logger.getLogger(CopyConnector.class);

    private final Service service;
    private final long timeoutMillis;

    CopyConnector(Service service, long timeoutMillis) {
        this.service = service;
        this.timeoutMillis = timeoutMillis;
    }

    Future<HttpClientRequest> open(HttpServerRequest request, HttpClient client) {
        return attempt(service.upstreams().candidates(), 0, RetryPolicy.mayRetry(request), client);
    }

    private Future<HttpClientRequest> attempt(List<Upstream> candidates, int index, boolean mayRetry,
                                              HttpClient client) {
        Upstream copy = candidates.get(index);
        return client.request(new RequestOptions()
                        .setHost(copy.host())
                        .setPort(copy.port())
                        .setSsl(copy.ssl())
                        // No bytes from the service for this long: give up and answer 504.
                        .setIdleTimeout(timeoutMillis))
                .recover(failure -> {
                    if (!RetryPolicy.notConnected(failure)) {
                        return Future.failedFuture(failure);
                    }
                    service.upstreams().ready(copy, false);
                    boolean another = mayRetry && index + 1 < candidates.size();
                    LOG.warnf("%s at %s could not be reached (%s)%s", service.name(), copy.baseUrl(), failure,
                            another ? "; trying another copy" : "");
                    return another ? attempt(candidates, index + 1, true, client) : Future.failedFuture(failure);
                });
    }
}
