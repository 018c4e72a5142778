package org.jointcommissioning.gateway.health;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jointcommissioning.gateway.config.GatewayConfig;
import org.jointcommissioning.gateway.routing.RouteTable;
import org.jointcommissioning.gateway.routing.Service;
import org.jointcommissioning.gateway.routing.Upstream;

import java.util.List;

/**
 * Asks every copy of every service for its /q/health/ready, now and then every
 * {@code gateway.upstream.readiness-interval}, and tells the service's pool which copies are ready. Every call is
 * asynchronous: nothing here waits on an event loop.
 */
@ApplicationScoped
public class CopyReadiness {

    /** What one copy answered: ready or not, and the status it gave or the error that stood in for it. */
    public record Answer(Upstream copy, boolean ready, String detail) {
    }

    private static final Logger LOG = Logger.getLogger(CopyReadiness.class);

    private final Vertx vertx;
    private final RouteTable routes;
    private final long timeoutMillis;
    private final long intervalMillis;
    private HttpClient client;
    private long timer = -1;

    public CopyReadiness(Vertx vertx, RouteTable routes, GatewayConfig config) {
        this.vertx = vertx;
        this.routes = routes;
        this.timeoutMillis = config.upstream().readinessTimeout().toMillis();
        this.intervalMillis = config.upstream().readinessInterval().toMillis();
    }

    void start(@Observes StartupEvent started) {
        client();
        checkAll();
        timer = vertx.setPeriodic(intervalMillis, id -> checkAll());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Checks every copy of the service now; the answers come in the order of its copies. */
    public Future<List<Answer>> check(Service service) {
        List<Future<Answer>> answers = service.upstreams().copies().stream()
                .map(copy -> check(service, copy))
                .toList();
        return Future.join(answers).map(all -> answers.stream().map(Future::result).toList());
    }

    private void checkAll() {
        routes.services().forEach(this::check);
    }

    private Future<Answer> check(Service service, Upstream copy) {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(copy.host())
                .setPort(copy.port())
                .setSsl(copy.ssl())
                .setURI("/q/health/ready")
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis);
        return client().request(request)
                .compose(call -> call.send())
                .compose(response -> response.body().map(body -> new Answer(copy, response.statusCode() == 200,
                        Integer.toString(response.statusCode()))))
                .otherwise(failure -> new Answer(copy, false, failure.getClass().getSimpleName()))
                .onSuccess(answer -> record(service, answer));
    }

    private void record(Service service, Answer answer) {
        boolean was = service.upstreams().isReady(answer.copy());
        service.upstreams().ready(answer.copy(), answer.ready());
        if (was != answer.ready()) {
            LOG.infof("%s at %s is %s (%s)", service.name(), answer.copy().baseUrl(),
                    answer.ready() ? "ready" : "not ready", answer.detail());
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = vertx.createHttpClient();
        }
        return client;
    }
}
