package org.jointcommissioning.gateway.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.jointcommissioning.gateway.problem.Problems;

/**
 * Outside /api too, a path nothing serves or a method a path does not take is answered with a problem, not
 * Vert.x's HTML page, so that a client handles one shape whatever it asked.
 */
@ApplicationScoped
public class FallbackProblems {

    void install(@Observes Router router) {
        router.errorHandler(404, context -> Problems.send(context, ProblemType.NOT_FOUND,
                "Nothing answers " + context.request().path()));
        router.errorHandler(405, context -> Problems.send(context, ProblemType.METHOD_NOT_ALLOWED,
                context.request().method() + " is not allowed on " + context.request().path()));
    }
}
