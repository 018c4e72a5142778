package org.jointcommissioning.testing.csv;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads a list as JSON and as CSV and checks that they agree: the CSV's header names the item's properties (nested
 * objects dotted), and its rows are the JSON items in the same order, cell for cell (a text cell that a spreadsheet
 * would run as a formula after a single quote). A refusal is the same problem whichever is asked for.
 */
public final class CsvLists {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
    private static final CsvMapper CSV = new CsvMapper();

    private CsvLists() {
    }

    /**
     * Reads {@code path} as JSON and as CSV (by {@code Accept: text/csv}, or by {@code format=csv} when
     * {@code byFormat}); asserts the header starts with {@code leading} and every row equals its JSON item.
     * {@code rows} is the JSON pointer of the items ({@code /items}, {@code ""} for a bare array). Answers the CSV
     * rows after the header.
     */
    public static List<List<String>> assertSameRows(Supplier<RequestSpecification> request, String path,
                                                    String rows, boolean byFormat, List<String> leading) {
        Response json = request.get().accept("application/json").get(path);
        assertEquals(200, json.statusCode(), () -> path + " as JSON: " + json.asString());
        Response csv = byFormat ? request.get().queryParam("format", "csv").get(path)
                : request.get().accept("text/csv").get(path);
        assertEquals(200, csv.statusCode(), () -> path + " as CSV: " + csv.asString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<List<String>> table = parse(csv.asString());
        List<String> header = table.get(0);
        assertEquals(leading, header.subList(0, Math.min(leading.size(), header.size())), path + " header");
        JsonNode items = tree(json.asString()).at(rows);
        assertTrue(items.isArray(), path + " has no array at " + rows);
        assertEquals(items.size(), table.size() - 1, path + ": " + csv.asString());
        for (int i = 0; i < items.size(); i++) {
            for (int c = 0; c < header.size(); c++) {
                String expected = cell(items.get(i).at(pointer(header.get(c))));
                String actual = table.get(i + 1).get(c);
                assertEquals(expected, actual.startsWith("'") && !expected.startsWith("'") ? actual.substring(1) : actual,
                        path + " row " + i + " column " + header.get(c));
            }
        }
        return table.subList(1, table.size());
    }

    /** Asserts that the CSV caller gets the JSON caller's refusal: the same status and problem type. */
    public static void assertSameRefusal(Supplier<RequestSpecification> request, String path) {
        Response json = request.get().accept("application/json").get(path);
        Response csv = request.get().accept("text/csv").get(path);
        Response format = request.get().queryParam("format", "csv").get(path);
        assertTrue(json.statusCode() >= 400, () -> path + " was not refused: " + json.statusCode());
        for (Response answer : List.of(csv, format)) {
            assertEquals(json.statusCode(), answer.statusCode(), () -> path + ": " + answer.asString());
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
            assertEquals(json.jsonPath().getString("type"), answer.jsonPath().getString("type"));
        }
    }

    public static Supplier<RequestSpecification> anyone() {
        return () -> given();
    }

    /** The CSV's rows, the header first. */
    public static List<List<String>> parse(String text) {
        try {
            List<List<String>> table = new ArrayList<>();
            try (var rows = CSV.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .<List<String>>readValues(text)) {
                rows.forEachRemaining(table::add);
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String text) {
        try {
            return JSON.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonPointer pointer(String dotted) {
        return dotted.equals("value") ? JsonPointer.empty()
                : JsonPointer.compile("/" + dotted.replace("~", "~0").replace("/", "~1").replace(".", "/"));
    }

    private static String cell(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.decimalValue().toPlainString();
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        return value.toString();
    }
}
