package org.jointcommissioning.common.csv;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemResponses;
import org.jointcommissioning.contracts.problem.ProblemType;

import java.util.List;

/**
 * {@code format=csv} or {@code format=json} on a read stands for {@code Accept: text/csv} or
 * {@code Accept: application/json}, for links and tools that cannot set headers; any other format is a 400.
 */
public class CsvFormat {

    public static final String PARAMETER = "format";

    @ServerRequestFilter(preMatching = true, priority = 2)
    public Response onRequest(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return null;
        }
        List<String> formats = request.getUriInfo().getQueryParameters().get(PARAMETER);
        if (formats == null || formats.isEmpty()) {
            return null;
        }
        String format = formats.size() == 1 ? formats.get(0) : "";
        switch (format) {
            case "csv" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, CsvListWriter.TEXT_CSV);
            case "json" -> request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
            default -> {
                return ProblemResponses.of(ProblemType.INVALID_REQUEST, "The format is not one this API answers in",
                        request.getUriInfo().getPath(), null,
                        List.of(new Problem.FieldError(PARAMETER, "must be json or csv")));
            }
        }
        return null;
    }
}
