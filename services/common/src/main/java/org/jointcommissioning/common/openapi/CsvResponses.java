package org.jointcommissioning.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jointcommissioning.common.csv.CsvFormat;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.csv.CsvPaging;
import org.jointcommissioning.common.csv.CsvRows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Documents a list's CSV answer (see {@link CsvListWriter}): the {@code text/csv} content of a read's 200 answer, which
 * the generator gives the JSON body's schema, becomes text whose description names the columns, derived from the
 * JSON item schema the way the writer derives them from the item; the operation takes {@code format}, and a page's
 * answer declares its paging headers.
 */
final class CsvResponses {

    /** A CSV answer is as long as its rows make it: at most a page of items, but the items' own lengths vary. */
    static final int MAX_LENGTH = Integer.MAX_VALUE;

    private static final int MAX_DEPTH = 4;

    private CsvResponses() {
    }

    static void complete(OpenAPI openAPI, Operation operation) {
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaType(CsvListWriter.TEXT_CSV) == null) {
            return;
        }
        MediaType csv = ok.getContent().getMediaType(CsvListWriter.TEXT_CSV);
        MediaType json = ok.getContent().getMediaType("application/json");
        if (csv.getSchema() != null && isType(csv.getSchema(), Schema.SchemaType.STRING)) {
            return;
        }
        // An operation that declares its JSON content names the CSV one without a schema: it is the JSON's rows.
        Schema body = resolve(openAPI, csv.getSchema() != null ? csv.getSchema()
                : json == null ? null : json.getSchema());
        List<String> columns = new ArrayList<>();
        Schema item = rowsOf(openAPI, body);
        if (item == null) {
            return;
        }
        columns(openAPI, resolve(openAPI, item), "", 0, columns);
        csv.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(MAX_LENGTH)
                .description("CSV (RFC 4180, UTF-8): a header row, then one row per item of the JSON answer, in the "
                        + "same order. Columns: " + String.join(", ", columns) + ". A nested object is flattened "
                        + "into dotted names (money as `<name>.amount`, `<name>.currency`); an array or free-form "
                        + "value is one cell holding its JSON text; an absent value is an empty cell. Money is a "
                        + "decimal string, dates and timestamps are ISO 8601. A text cell starting with =, +, -, @, "
                        + "tab or carriage return is written after a single quote (plain decimals such as -500.00 "
                        + "are left as they are)."));
        boolean hasFormat = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> CsvFormat.PARAMETER.equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
        if (!hasFormat) {
            operation.addParameter(OASFactory.createParameter().name(CsvFormat.PARAMETER).in(Parameter.In.QUERY)
                    .description("json or csv: the same as Accept: application/json or text/csv, for links and "
                            + "tools that cannot set headers; overrides Accept")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(4)
                            .enumeration(List.of("json", "csv"))));
        }
        if (body != null && body.getProperties() != null && body.getProperties().containsKey("total")) {
            ok.addHeader(CsvPaging.TOTAL_COUNT, OASFactory.createHeader()
                    .description("CSV answers only: the items in all pages")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                            .minimum(java.math.BigDecimal.ZERO).maximum(new java.math.BigDecimal("9007199254740991"))));
        }
        if (body != null && body.getProperties() != null
                && (body.getProperties().containsKey("total") || body.getProperties().containsKey("next"))) {
            ok.addHeader(CsvPaging.LINK, OASFactory.createHeader()
                    .description("CSV answers only: the next and previous pages (RFC 8288, rel=\"next\" and "
                            + "rel=\"prev\"), with the same parameters; absent on a single page")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(20000)));
        }
    }

    /** The schema of one row: an array's items, a record's {@code items}, or its first array's items. */
    private static Schema rowsOf(OpenAPI openAPI, Schema body) {
        if (body == null) {
            return null;
        }
        if (isType(body, Schema.SchemaType.ARRAY)) {
            return body.getItems();
        }
        Map<String, Schema> properties = body.getProperties();
        if (properties == null) {
            return null;
        }
        for (Map.Entry<String, Schema> property : properties.entrySet()) {
            Schema schema = resolve(openAPI, property.getValue());
            if (property.getKey().equals(CsvRows.ITEMS) && schema != null && isType(schema, Schema.SchemaType.ARRAY)) {
                return schema.getItems();
            }
        }
        for (Schema property : properties.values()) {
            Schema schema = resolve(openAPI, property);
            if (schema != null && isType(schema, Schema.SchemaType.ARRAY)) {
                return schema.getItems();
            }
        }
        return null;
    }

    private static void columns(OpenAPI openAPI, Schema item, String prefix, int depth, List<String> columns) {
        if (item == null || item.getProperties() == null || item.getProperties().isEmpty()) {
            columns.add(prefix.isEmpty() ? "value" : prefix.substring(0, prefix.length() - 1));
            return;
        }
        item.getProperties().forEach((name, property) -> {
            Schema schema = resolve(openAPI, property);
            if (depth < MAX_DEPTH && schema != null && schema.getProperties() != null
                    && !schema.getProperties().isEmpty() && !isType(schema, Schema.SchemaType.ARRAY)) {
                columns(openAPI, schema, prefix + name + ".", depth + 1, columns);
            } else {
                columns.add(prefix + name);
            }
        });
    }

    private static Schema resolve(OpenAPI openAPI, Schema schema) {
        if (schema == null || schema.getRef() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return schema;
        }
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        Schema target = openAPI.getComponents().getSchemas().get(name);
        return target == null ? schema : resolve(openAPI, target);
    }

    private static boolean isType(Schema schema, Schema.SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }
}
