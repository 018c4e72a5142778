package org.jointcommissioning.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.jointcommissioning.gateway.problem.Problems;
import org.jointcommissioning.gateway.web.Exchange;

import java.util.Optional;

/**
 * Picks the service for an /api path. A path that is not in normal form (dot segments, doubled or encoded
 * slashes) is refused: the public-read rules and the service must see the same path.
 */
public class RouteHandler implements Handler<RoutingContext> {

    private final RouteTable routes;

    public RouteHandler(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public void handle(RoutingContext context) {
        String path = context.request().path();
        if (!path.equals(context.normalizedPath()) || path.contains("//") || path.toLowerCase().contains("%2f")) {
            Problems.send(context, ProblemType.INVALID_REQUEST, "The path must be in normal form");
            return;
        }
        Optional<Service> service = routes.serviceFor(path);
        if (service.isEmpty()) {
            Problems.send(context, ProblemType.NOT_FOUND, "No service answers " + path);
            return;
        }
        Exchange.service(context, service.get());
        context.next();
    }
}
