package org.jointcommissioning.common.csv;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a list answer as CSV (RFC 4180) for {@code Accept: text/csv} or {@code format=csv}: a header row, then one row
 * per item of the JSON answer, in the same order, each written to the stream as it is made. Each cell is the item's
 * JSON value, so money is its decimal string, dates and timestamps their ISO form, enumerations their JSON values;
 * the columns follow {@link CsvColumns}, and text cells are disarmed by {@link CsvCells}. A page's place in the list
 * travels in headers ({@link CsvPaging}), since a CSV file has no envelope. Answers that are JSON arrays are written
 * by {@link CsvArrayWriter}.
 */
@Provider
@Produces(CsvListWriter.TEXT_CSV)
public class CsvListWriter implements MessageBodyWriter<CsvTable> {

    public static final String TEXT_CSV = "text/csv";

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    @Inject
    ObjectMapper json;

    @Inject
    CsvPaging paging;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        // A CsvTable opts in by its type (an answer wrapped in RestResponse comes without the method's annotations);
        // an operation without a CSV form never negotiates text/csv (web.CsvAcceptance).
        return mediaType.isCompatible(MediaType.valueOf(TEXT_CSV)) && tableType(type, genericType) != null;
    }

    /** The answer's declared type, looking inside a wrapper such as {@code RestResponse<Page<T>>}; null if no table. */
    static Type tableType(Class<?> type, Type genericType) {
        if (CsvRows.has(type)) {
            return genericType;
        }
        if (genericType instanceof ParameterizedType wrapper && wrapper.getActualTypeArguments().length == 1) {
            Type inner = wrapper.getActualTypeArguments()[0];
            if (CsvRows.has(TypeFactory.rawClass(inner))) {
                return inner;
            }
        }
        return null;
    }

    /** Whether the operation says it produces CSV: a bare list is written as CSV only then. */
    static boolean producesCsv(Annotation[] annotations) {
        if (annotations == null) {
            return false;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof Produces produces && Arrays.asList(produces.value()).contains(TEXT_CSV)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void writeTo(CsvTable body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Type declared = tableType(type, genericType);
        writeBody(json, paging, body, declared == null ? body.getClass() : declared, headers, out);
    }

    /** Writes any list answer, a {@link CsvTable} or a JSON array, with its paging headers. */
    static void writeBody(ObjectMapper json, CsvPaging paging, Object body, Type genericType,
                          MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        CsvRows rows = CsvRows.of(body, genericType, json.getTypeFactory());
        paging.describe(body, headers);
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=utf-8");
        write(json, rows, out);
    }

    /** The header row, then a row per item, each written to the stream before the next is made. */
    public static void write(ObjectMapper json, CsvRows rows, OutputStream out) throws IOException {
        List<CsvColumn> columns = CsvColumns.of(json, rows.itemType());
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(column -> schema.addColumn(column.name()));
        try (SequenceWriter writer = CSV.writer(schema.build()).writeValues(out)) {
            for (Object item : rows.rows()) {
                JsonNode tree = tree(json, item);
                List<Object> row = new ArrayList<>(columns.size());
                for (CsvColumn column : columns) {
                    row.add(cell(json, tree.at(column.pointer())));
                }
                writer.write(row);
            }
        }
    }

    /** The item's JSON as a tree, its decimals as written (12.50 stays 12.50, as in the JSON answer). */
    private static JsonNode tree(ObjectMapper json, Object item) throws IOException {
        try (TokenBuffer buffer = new TokenBuffer(json, false)) {
            json.writeValue(buffer, item);
            try (JsonParser parser = buffer.asParser()) {
                return json.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(parser);
            }
        }
    }

    private static Object cell(ObjectMapper json, JsonNode value) throws IOException {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return CsvCells.safe(value.textValue());
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue() : value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return CsvCells.safe(json.writeValueAsString(value));
    }
}
