package org.jointcommissioning.gateway.web;

import io.quarkus.oidc.TenantIdentityProvider;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jointcommissioning.gateway.config.GatewayConfig;
import org.jointcommissioning.gateway.limits.BodyLimitPolicy;
import org.jointcommissioning.gateway.limits.BodySizeLimit;
import org.jointcommissioning.gateway.limits.RateLimitHandler;
import org.jointcommissioning.gateway.limits.RateLimitShare;
import org.jointcommissioning.gateway.limits.RequestLimits;
import org.jointcommissioning.gateway.limits.TokenBuckets;
import org.jointcommissioning.gateway.proxy.UpstreamProxy;
import org.jointcommissioning.gateway.routing.RouteHandler;
import org.jointcommissioning.gateway.routing.RouteTable;
import org.jointcommissioning.gateway.security.PublicReads;
import org.jointcommissioning.gateway.security.TokenCheck;

import java.util.List;

/**
 * Puts the gateway's handlers on the HTTP router, in the order a request meets them. Every request gets an
 * access-log line, a request id and security headers; /api requests then pass the header limits, learn their
 * caller's address, pass routing, the size limit, the token check and the rate limit before the proxy forwards
 * them to a copy of their service. The token check's refusals use the same
 * rate limit, by address.
 */
@ApplicationScoped
public class GatewayRouter {

    void install(@Observes Router router, Vertx vertx, GatewayConfig config, RouteTable routes,
                 TenantIdentityProvider identities) {
        router.route().order(Integer.MIN_VALUE).handler(new AccessLog());
        router.route().order(Integer.MIN_VALUE + 1).handler(new RequestIdHandler());
        router.route().order(Integer.MIN_VALUE + 2).handler(new SecurityHeaders());

        BodyLimitPolicy bodyLimits = new BodyLimitPolicy(config.maxBodySize().asLongValue(),
                config.documents().maxBodySize().asLongValue(), config.documents().paths().orElse(List.of()));
        long timeout = config.upstream().timeout().toMillis();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.upstream().connectTimeout().toMillis())
                .setMaxPoolSize(200)
                .setKeepAlive(true));
        TokenBuckets buckets = new TokenBuckets(RateLimitShare.of(config.rateLimit()), config.rateLimit().period(),
                System::nanoTime);

        RateLimitHandler limits = new RateLimitHandler(buckets);

        router.route("/api/*")
                .handler(new RequestLimits())
                .handler(new ClientAddress(new TrustedProxies(config.trustedProxies().orElse(List.of()))))
                .handler(new RouteHandler(routes))
                .handler(new BodySizeLimit(bodyLimits))
                // A refused token is charged to the caller's address here; an accepted one to its subject next.
                .handler(new TokenCheck(identities, new PublicReads(config.publicReads()), limits))
                .handler(limits)
                .handler(new UpstreamProxy(client, routes.services(), bodyLimits, timeout));
    }
}
