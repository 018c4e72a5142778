package org.jointcommissioning.common.problem;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.MDC;
import org.jointcommissioning.common.web.RequestIdFilter;
import org.jointcommissioning.contracts.problem.ProblemType;

import java.util.List;

/** Builds {@code application/problem+json} responses that carry the request id. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, null, List.of());
    }

    public static Response of(ProblemType type, String detail, String instance, String errorId,
                              List<Problem.FieldError> errors) {
        Object requestId = MDC.get(RequestIdFilter.MDC_KEY);
        List<Problem.FieldError> clipped = errors == null ? List.of() : errors.stream().limit(Problem.MAX_ERRORS)
                .map(e -> new Problem.FieldError(Problem.clip(e.field(), Problem.MAX_FIELD),
                        Problem.clip(e.message(), Problem.MAX_MESSAGE)))
                .toList();
        Problem body = new Problem(type.uri(), type.title(), type.status(), Problem.clip(detail, Problem.MAX_DETAIL),
                Problem.clip(instance, Problem.MAX_INSTANCE), requestId == null ? null : requestId.toString(), errorId,
                clipped.isEmpty() ? null : clipped);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
