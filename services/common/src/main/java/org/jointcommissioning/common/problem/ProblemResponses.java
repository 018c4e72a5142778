package org.jointcommissioning.common.problem;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.MDC;
import org.jointcommissioning.common.web.RequestIds;

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
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, instance,
                requestId == null ? null : requestId.toString(), errorId,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
