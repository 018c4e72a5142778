package org.jointcommissioning.common.audit;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The schema of a value in an audit entry: text, a whole number or a boolean (see {@link AuditLog}). */
public final class AuditValueSchema {

    public static final String NAME = "AuditValue";
    private static final long LARGEST_SAFE_INTEGER = 9_007_199_254_740_991L;

    private AuditValueSchema() {
    }

    /**
     * One schema of three types (JSON Schema 2020-12, as OpenAPI 3.1 has it): each bound applies to the values of its
     * type, the length to text and the range to whole numbers.
     */
    public static Schema create() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.INTEGER, Schema.SchemaType.BOOLEAN))
                .maxLength(AuditLog.MAX_VALUE_LENGTH)
                .format("int64")
                .minimum(BigDecimal.valueOf(-LARGEST_SAFE_INTEGER))
                .maximum(BigDecimal.valueOf(LARGEST_SAFE_INTEGER))
                .description("A field's value: text (enumeration values in kebab-case, timestamps in RFC 3339, "
                        + "decimals and money amounts as exact decimal strings such as 500000.00, collections and "
                        + "structured values as their JSON text), a whole number, or a boolean");
    }
}
