package org.jointcommissioning.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jointcommissioning.gateway.config.GatewayConfig;
import org.jointcommissioning.gateway.routing.RouteTable;
import org.jointcommissioning.gateway.routing.Service;

/**
 * One readiness check per service behind the gateway, asking the service's own /q/health/ready. The gateway
 * is ready when every service is. The full report names each one and its address, so an operator sees which is
 * missing; it is served on the management interface only (the public port says just UP or DOWN, see
 * {@link PublicHealth}).
 */
@ApplicationScoped
public class ServiceReadiness {

    @Inject
    @Readiness
    HealthRegistry readiness;

    void register(@Observes StartupEvent started, Vertx vertx, RouteTable routes, GatewayConfig config) {
        HttpClient client = vertx.createHttpClient();
        long timeout = config.upstream().readinessTimeout().toMillis();
        for (Service service : routes.services()) {
            readiness.register(service.name(), () -> check(client, service, timeout));
        }
    }

    private static Uni<HealthCheckResponse> check(HttpClient client, Service service, long timeoutMillis) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(service.host())
                .setPort(service.port())
                .setSsl(service.ssl())
                .setURI("/q/health/ready")
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis);
        Future<HealthCheckResponse> answer = client.request(request)
                .compose(call -> call.send())
                .compose(response -> response.body().map(body -> HealthCheckResponse.named(service.name())
                        .status(response.statusCode() == 200)
                        .withData("url", service.baseUrl())
                        .withData("status", response.statusCode())
                        .build()))
                .otherwise(failure -> HealthCheckResponse.named(service.name()).down()
                        .withData("url", service.baseUrl())
                        .withData("error", failure.getClass().getSimpleName())
                        .build());
        return Uni.createFrom().completionStage(answer.toCompletionStage());
    }
}
