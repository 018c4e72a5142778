package org.jointcommissioning.common.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jointcommissioning.contracts.http.BodyLimits;
import org.jointcommissioning.contracts.problem.ProblemType;

import java.util.List;

/**
 * Refuses a request whose declared body is over the limit with a 413 problem, before reading it.
 * A service's document paths ({@link DocumentPaths}) take bodies up to a document's size instead.
 * (The HTTP server's own limit, set higher, still guards bodies sent without a length.)
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "platform.http.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    @Inject
    DocumentPaths documents;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            long limit = documents.carriesDocuments(context.request().path()) ? documents.maxBodyBytes()
                    : maxBodySize.asLongValue();
            if (BodyLimits.declaredOver(context.request().getHeader("Content-Length"), limit)) {
                context.response().putHeader("Connection", "close");
                RawProblems.send(context, ProblemType.PAYLOAD_TOO_LARGE, BodyLimits.overLimit(limit), List.of());
                return;
            }
            context.next();
        });
    }

}
