package org.jointcommissioning.common.web;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.contracts.http.RequestIds;
import org.jointcommissioning.contracts.problem.ProblemType;

import java.util.List;

/** Problems answered straight from the HTTP layer, before a request reaches a resource. */
final class RawProblems {

    private RawProblems() {
    }

    static void send(RoutingContext context, ProblemType type, String detail, List<Problem.FieldError> errors) {
        String requestId = RequestIds.acceptOrCreate(context.request().getHeader(RequestIds.HEADER));
        JsonObject problem = new JsonObject()
                .put("type", type.uri())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", Problem.clip(detail, Problem.MAX_DETAIL))
                .put("instance", Problem.clip(Paths.printable(context.request().path()), Problem.MAX_INSTANCE))
                .put("requestId", requestId);
        if (!errors.isEmpty()) {
            JsonArray list = new JsonArray();
            errors.forEach(e -> list.add(new JsonObject().put("field", e.field()).put("message", e.message())));
            problem.put("errors", list);
        }
        context.response().setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .end(problem.encode());
    }
}
