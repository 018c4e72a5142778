package org.jointcommissioning.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.gateway.config.GatewayConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the service that owns a path, by the longest configured prefix that matches whole segments. Each service
 * has one address or a comma-separated list of them, one per copy.
 */
@ApplicationScoped
public class RouteTable {

    private record Route(String prefix, Service service) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();

    public RouteTable(GatewayConfig config) {
        config.services().forEach((name, settings) -> {
            List<Upstream> copies = settings.url().stream().map(Upstream::of).toList();
            Service service = new Service(name, new UpstreamPool(copies));
            services.add(service);
            settings.prefixes().forEach(prefix -> routes.add(new Route(stripTrailingSlash(prefix), service)));
        });
        routes.sort(Comparator.comparingInt((Route route) -> route.prefix().length()).reversed());
        services.sort(Comparator.comparing(Service::name));
    }

    public Optional<Service> serviceFor(String path) {
        for (Route route : routes) {
            if (path.equals(route.prefix()) || path.startsWith(route.prefix() + "/")) {
                return Optional.of(route.service());
            }
        }
        return Optional.empty();
    }

    public List<Service> services() {
        return List.copyOf(services);
    }

    private static String stripTrailingSlash(String prefix) {
        return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
}
