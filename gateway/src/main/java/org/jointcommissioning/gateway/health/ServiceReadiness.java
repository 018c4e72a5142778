package org.jointcommissioning.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jointcommissioning.gateway.routing.RouteTable;
import org.jointcommissioning.gateway.routing.Service;
import org.jointcommissioning.gateway.routing.Upstream;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One readiness check per service behind the gateway, asking each of its copies' own /q/health/ready. A service is
 * ready while at least one of its copies is; the gateway is ready when every service is. The full report names
 * each service, its addresses and what each copy answered, so an operator sees which is missing; it is served on
 * the management interface only (the public port says just UP or DOWN, see {@link PublicHealth}).
 */
@ApplicationScoped
public class ServiceReadiness {

    @Inject
    @Readiness
    HealthRegistry readiness;

    void register(@Observes StartupEvent started, RouteTable routes, CopyReadiness copies) {
        for (Service service : routes.services()) {
            readiness.register(service.name(), () -> check(copies, service));
        }
    }

    private static Uni<HealthCheckResponse> check(CopyReadiness copies, Service service) {
        Future<HealthCheckResponse> report = copies.check(service).map(answers -> report(service, answers));
        return Uni.createFrom().completionStage(report.toCompletionStage());
    }

    private static HealthCheckResponse report(Service service, List<CopyReadiness.Answer> answers) {
        long ready = answers.stream().filter(CopyReadiness.Answer::ready).count();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(service.name())
                .status(ready > 0)
                .withData("url", service.upstreams().copies().stream().map(Upstream::baseUrl)
                        .collect(Collectors.joining(",")))
                .withData("ready", ready + " of " + answers.size());
        for (CopyReadiness.Answer answer : answers) {
            builder.withData(answer.copy().baseUrl(), (answer.ready() ? "UP " : "DOWN ") + answer.detail());
        }
        return builder.build();
    }
}
