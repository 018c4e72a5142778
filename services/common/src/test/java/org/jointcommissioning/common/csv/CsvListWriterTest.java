package org.jointcommissioning.common.csv;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.contracts.money.Money;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvListWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private static final String HEADER = "\"id\",\"kind\",\"amount.amount\",\"amount.currency\",\"date\","
            + "\"recordedAt\",\"note\",\"sharePercent\",\"number\",\"tags\"";

    enum Kind { PAYMENT, RECEIPT;
        @com.fasterxml.jackson.annotation.JsonValue
        String json() {
            return name().toLowerCase();
        }
    }

    record Line(String id, Kind kind, Money amount, LocalDate date, Instant recordedAt, String note,
                BigDecimal sharePercent, long number, List<String> tags) {
    }

    record Statement(String fundId, Money pledged, List<Line> partners) {
    }

    @Test
    void aPageIsAHeaderRowThenOneRowPerItemWithNestedObjectsFlattened() throws IOException {
        Page<Line> page = new Page<>(List.of(
                line("l-1", "-500.00", "Paid, \"in full\""),
                line("l-2", "1200.50", null)), 0, 20, 2);

        List<String> lines = write(page, TypeFactory.defaultInstance().constructParametricType(Page.class, Line.class));

        assertEquals(HEADER, lines.get(0));
        assertEquals("\"l-1\",\"payment\",\"-500.00\",\"GBP\",\"2026-11-26\",\"2026-11-26T09:30:00Z\","
                + "\"Paid, \"\"in full\"\"\",12.50,7,\"[\"\"a\"\",\"\"b\"\"]\"", lines.get(1));
        assertEquals("\"l-2\",\"payment\",\"1200.50\",\"GBP\",\"2026-11-26\",\"2026-11-26T09:30:00Z\",,12.50,7,"
                + "\"[\"\"a\"\",\"\"b\"\"]\"", lines.get(2));
        assertEquals(3, lines.size());
    }

    @Test
    void aFormulaIsKeptAsTextButANegativeAmountStaysANumber() throws IOException {
        List<String> rows = write(new Page<>(List.of(
                line("=HYPERLINK(\"http://x\")", "-500.00", "+1 phone"),
                line("@SUM(A1)", "-0.01", "-2+3"),
                line("\tcmd", "0.00", "\rcmd")), 0, 20, 3), null);

        assertTrue(rows.get(1).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",\"payment\",\"-500.00\","));
        assertTrue(rows.get(1).contains(",\"'+1 phone\","));
        assertTrue(rows.get(2).startsWith("\"'@SUM(A1)\",\"payment\",\"-0.01\","));
        assertTrue(rows.get(2).contains(",\"'-2+3\","));
        assertTrue(rows.get(3).startsWith("\"'\tcmd\","));
        assertEquals("-500.00", CsvCells.safe("-500.00"));
        assertEquals("'-", CsvCells.safe("-"));
        assertEquals("'-1e5", CsvCells.safe("-1e5"));
    }

    @Test
    void aRecordsOneArrayIsItsRowsAndAnEmptyListIsAHeaderOnly() throws IOException {
        Statement statement = new Statement("f-1", Money.gbp("10.00"), List.of(line("p-1", "10.00", null)));
        List<String> rows = write(statement, Statement.class);
        assertEquals(HEADER, rows.get(0));
        assertTrue(rows.get(1).startsWith("\"p-1\","));

        List<String> empty = write(new Page<Line>(List.of(), 0, 20, 0),
                TypeFactory.defaultInstance().constructParametricType(Page.class, Line.class));
        assertEquals(List.of(HEADER), empty);
        assertFalse(CsvRows.has(Money.class));
    }

    private static Line line(String id, String amount, String note) {
        return new Line(id, Kind.PAYMENT, Money.gbp(amount), LocalDate.parse("2026-11-26"),
                Instant.parse("2026-11-26T09:30:00Z"), note, new BigDecimal("12.50"), 7, List.of("a", "b"));
    }

    private static List<String> write(Object body, Type declared) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvListWriter.write(JSON, CsvRows.of(body, declared, JSON.getTypeFactory()), out);
        return List.of(out.toString(StandardCharsets.UTF_8).split("\n", -1)).stream()
                .filter(line -> !line.isEmpty()).toList();
    }
}
