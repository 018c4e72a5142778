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

    public static Schema create() {
        return OASFactory.createSchema()
                .description("A field's value: text (enumeration values in kebab-case, timestamps in RFC 3339, "
                        + "decimals and money amounts as exact decimal strings such as 500000.00, collections and "
                        + "structured values as their JSON text), a whole number, or a boolean")
                .oneOf(List.of(
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(AuditLog.MAX_VALUE_LENGTH),
                        OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                                .minimum(BigDecimal.valueOf(-LARGEST_SAFE_INTEGER))
                                .maximum(BigDecimal.valueOf(LARGEST_SAFE_INTEGER)),
                        OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)));
    }
}
