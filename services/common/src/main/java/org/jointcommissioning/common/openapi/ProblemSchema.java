package org.jointcommissioning.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jointcommissioning.common.problem.Problem;

import java.util.List;

/** The RFC 9457 problem body of {@code org.jointcommissioning.common.problem.Problem}, with the limits of each field. */
final class ProblemSchema {

    private ProblemSchema() {
    }

    static Schema create() {
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .required(List.of("field", "message"))
                .addProperty("field", text("The field or parameter, as a JSON path such as lots[0].title", Problem.MAX_FIELD))
                .addProperty("message", text("What is wrong with it", Problem.MAX_MESSAGE));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: what went wrong, and the request id that ties it to the logs")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text("A URI naming the kind of problem", 200).format("uri"))
                .addProperty("title", text("The kind of problem, in words", 200))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", text("This occurrence, in words", Problem.MAX_DETAIL))
                .addProperty("instance", text("The path of the request", Problem.MAX_INSTANCE))
                .addProperty("requestId", text("The request's id", 128))
                .addProperty("errorId", text("For a fault of ours: the id to quote", 64))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(Problem.MAX_ERRORS)
                        .items(fieldError));
    }

    private static Schema text(String description, int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).maxLength(maxLength);
    }
}
