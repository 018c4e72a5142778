package org.jointcommissioning.common.openapi;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Every integer says its size: a Java {@code Integer} parameter or an annotated integer comes out of the generator
 * without a format, and clients would have to guess between 32 and 64 bits.
 */
final class IntegerFormats {

    private IntegerFormats() {
    }

    static void complete(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER) && schema.getFormat() == null) {
            schema.setFormat("int32");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(IntegerFormats::complete);
        }
        complete(schema.getItems());
    }
}
