package org.jointcommissioning.gateway.docs;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.jointcommissioning.gateway.config.GatewayConfig;
import org.jointcommissioning.gateway.problem.Problems;
import org.jointcommissioning.gateway.routing.RouteTable;
import org.jointcommissioning.gateway.routing.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API documentation: the page and its script are static (META-INF/resources/api-docs); this serves the
 * list of services whose OpenAPI document exists in the contracts jar, and the documents themselves.
 * A service whose contract is not written yet is simply not listed.
 */
@ApplicationScoped
public class ApiDocsRoutes {

    private static final String CONTRACTS = "contracts/openapi/";

    void install(@Observes Router router, RouteTable routes, GatewayConfig config) {
        // A regular expression, because a plain "/api-docs" route would also match "/api-docs/" and loop.
        router.getWithRegex("/api-docs").handler(context -> context.redirect("/api-docs/"));
        router.get("/api-docs/services.json").handler(context -> listing(context, routes, config));
        router.get("/api-docs/openapi/:service").handler(context -> document(context, routes));
    }

    private void listing(RoutingContext context, RouteTable routes, GatewayConfig config) {
        JsonArray urls = new JsonArray();
        for (Service service : routes.services()) {
            if (contract(service.name()) != null) {
                urls.add(new JsonObject().put("name", service.name())
                        .put("url", "/api-docs/openapi/" + service.name() + ".yaml"));
            }
        }
        context.json(new JsonObject().put("clientId", config.docs().clientId()).put("urls", urls));
    }

    private void document(RoutingContext context, RouteTable routes) {
        String file = context.pathParam("service");
        String name = file.endsWith(".yaml") ? file.substring(0, file.length() - 5) : file;
        boolean known = routes.services().stream().anyMatch(service -> service.name().equals(name));
        byte[] yaml = known ? contract(name) : null;
        if (yaml == null) {
            Problems.send(context, ProblemType.NOT_FOUND, "There is no such API document");
            return;
        }
        context.response().putHeader("Content-Type", "application/yaml").end(Buffer.buffer(yaml));
    }

    private static byte[] contract(String service) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(CONTRACTS + service + ".yaml")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
