package org.jointcommissioning.common.openapi;

import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.web.RequestHygiene;

import java.math.BigDecimal;

/**
 * The parameters every service shares, described once with the bounds the toolkit enforces: a list's {@code page}
 * and {@code size} ({@link PageRequest}), and the {@code If-Match} and {@code Idempotency-Key} headers
 * ({@link RequestHygiene}). A resource declares only that it reads them.
 */
final class StandardParameters {

    private StandardParameters() {
    }

    static void complete(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (parameter.getIn() == Parameter.In.QUERY && "page".equals(parameter.getName())) {
            parameter.setDescription("Page number, from 0");
            bound(schema, 0, PageRequest.MAX_PAGE, 0);
        } else if (parameter.getIn() == Parameter.In.QUERY && "size".equals(parameter.getName())) {
            parameter.setDescription("Page size, 1 to " + PageRequest.MAX_SIZE);
            bound(schema, 1, PageRequest.MAX_SIZE, PageRequest.DEFAULT_SIZE);
        } else if (parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName())) {
            describe(parameter, "The ETag as last read; a change based on a stale one is refused with 412");
        } else if (parameter.getIn() == Parameter.In.HEADER && "Idempotency-Key".equalsIgnoreCase(parameter.getName())) {
            describe(parameter, "A key unique to this request: a retry with the same key and body gets the first "
                    + "answer again and changes nothing twice");
        }
    }

    private static void bound(Schema schema, int minimum, int maximum, int defaultValue) {
        schema.setMinimum(BigDecimal.valueOf(minimum));
        schema.setMaximum(BigDecimal.valueOf(maximum));
        schema.setDefaultValue(defaultValue);
    }

    private static void describe(Parameter parameter, String description) {
        if (parameter.getDescription() == null) {
            parameter.setDescription(description);
        }
        parameter.getSchema().setMaxLength(RequestHygiene.CONTROL_HEADER_MAX);
    }
}
