package org.jointcommissioning.common.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemResponses;
import org.jointcommissioning.contracts.problem.ProblemType;

import java.lang.reflect.Method;

/**
 * A caller that will take only CSV ({@code Accept: text/csv} or {@code format=csv}) is answered 406 by an operation
 * that has no CSV form, rather than in JSON it did not ask for: {@link RequestHygiene} lets CSV reads through, and
 * only the matched operation knows whether it produces CSV.
 */
public class CsvAcceptance {

    private static final MediaType CSV = MediaType.valueOf("text/csv");

    @ServerRequestFilter
    public Response onMatched(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (method == null || !MediaTypes.acceptsCsv(accept) || MediaTypes.acceptsJson(accept) || producesCsv(method)) {
            return null;
        }
        return ProblemResponses.of(ProblemType.NOT_ACCEPTABLE, "This operation answers in application/json (problems "
                + "in " + Problem.MEDIA_TYPE + "), not text/csv", request.getUriInfo().getPath());
    }

    private static boolean producesCsv(Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        if (produces == null) {
            return false;
        }
        for (String value : produces.value()) {
            for (String type : value.split(",")) {
                if (MediaType.valueOf(type.trim()).isCompatible(CSV)) {
                    return true;
                }
            }
        }
        return false;
    }
}
