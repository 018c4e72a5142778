package org.jointcommissioning.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import org.jboss.logging.Logger;
import org.jointcommissioning.contracts.http.RequestIds;
import org.jointcommissioning.gateway.routing.Service;
import org.jointcommissioning.gateway.web.Exchange;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands the request to Vert.x's reverse proxy for its service, which streams it there and the answer back.
 * The gateway's own facts travel as headers: the request id and where the request came from. Which copy of the
 * service gets it is {@link CopyConnector}'s choice.
 */
public class UpstreamProxy implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public UpstreamProxy(HttpClient client, List<Service> services, long maxBodyBytes, long timeoutMillis) {
        for (Service service : services) {
            CopyConnector copies = new CopyConnector(service, timeoutMillis);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, httpClient) -> copies.open(request, httpClient)
                            // Failures reach the caller through the response (as a problem); an abandoned
                            // request, such as one whose body grew too large, is expected, not an error.
                            .map(call -> call.exceptionHandler(failure -> LOG.debugf("%s: %s", service.name(), failure)))
                            // The Host stays the caller's: services build their links from their configured public
                            // address, and the service's own internal address never appears in what they see.
                            .map(call -> keepPublicHost(request, call)))
                    .addInterceptor(new ForwardingInterceptor(service, maxBodyBytes, timeoutMillis));
            proxies.put(service.name(), proxy);
        }
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        MultiMap headers = request.headers();
        headers.set(RequestIds.HEADER, Exchange.requestId(context));
        // Set, not appended: the caller as the gateway determined it (the peer, or what a trusted proxy in front
        // reported, see ClientAddress); a caller's own claim about its address never reaches a service.
        headers.remove("Forwarded");
        headers.set("X-Forwarded-For", Exchange.clientAddress(context));
        headers.set("X-Forwarded-Proto", Exchange.clientScheme(context));
        if (request.version() == HttpVersion.HTTP_2 && mayHaveUnsizedBody(request)) {
            // HTTP/2 has no Transfer-Encoding, and the proxy decides whether to stream a body without a length
            // to the service from that header alone (it is not forwarded as such).
            headers.set("Transfer-Encoding", "chunked");
        }
        proxies.get(Exchange.service(context).name()).handle(request);
    }

    private static HttpClientRequest keepPublicHost(HttpServerRequest request, HttpClientRequest call) {
        HostAndPort host = request.authority();
        if (host != null) {
            call.authority(host);
        }
        return call;
    }

    /**
     * A body is declared by its type: an HTTP/2 POST without Content-Type and Content-Length (an empty command such as
     * "publish") must reach the service as a request without a body, not as an empty chunked one, which the services
     * refuse for want of a type. A body sent without a type would be refused by the service anyway.
     */
    private static boolean mayHaveUnsizedBody(HttpServerRequest request) {
        HttpMethod method = request.method();
        return request.getHeader("Content-Length") == null && request.getHeader("Content-Type") != null
                && (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH);
    }
}
