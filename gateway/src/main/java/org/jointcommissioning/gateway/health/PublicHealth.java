package org.jointcommissioning.gateway.health;

import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.function.Supplier;

/**
 * The health answers on the public port: only UP (200) or DOWN (503), for load balancers, probes and the
 * launcher. Which service is down and where it listens is for operators, on the management interface
 * (quarkus.management.*), where SmallRye Health serves the full report under the same paths.
 */
@ApplicationScoped
public class PublicHealth {

    void install(@Observes Router router, SmallRyeHealthReporter reporter) {
        router.get("/q/health").handler(context -> answer(context, reporter::getHealthAsync));
        router.get("/q/health/live").handler(context -> answer(context, reporter::getLivenessAsync));
        router.get("/q/health/ready").handler(context -> answer(context, reporter::getReadinessAsync));
        router.get("/q/health/started").handler(context -> answer(context, reporter::getStartupAsync));
    }

    private static void answer(RoutingContext context, Supplier<Uni<SmallRyeHealth>> report) {
        report.get().subscribe().with(
                health -> send(context, !health.isDown()),
                failure -> send(context, false));
    }

    private static void send(RoutingContext context, boolean up) {
        context.response()
                .setStatusCode(up ? 200 : 503)
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("status", up ? "UP" : "DOWN").encode());
    }
}
