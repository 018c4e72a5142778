package org.jointcommissioning.bidding.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jointcommissioning.common.problem.ProblemResponses;
import org.jointcommissioning.common.problem.ProblemType;

import java.util.Optional;

/**
 * A path longer than the contract lets a problem repeat as its {@code instance} (2000 characters) is far longer than
 * any this service serves: it is refused here with a problem that leaves the path out. Shorter over-long ids reach
 * the resources, whose limits name the parameter.
 */
public class LongPaths {

    static final int MAX_PATH = 2000;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuse(ContainerRequestContext request) {
        if (request.getUriInfo().getRequestUri().getRawPath().length() <= MAX_PATH) {
            return Optional.empty();
        }
        return Optional.of(ProblemResponses.of(ProblemType.INVALID_REQUEST,
                "The path is longer than " + MAX_PATH + " characters", null));
    }
}
