package org.jointcommissioning.testing.changes;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A consumer of a service's change feed ({@code {"items": [...], "next": "<cursor>"}}), as a test reads it through the
 * API, as whoever the test's identity is: page by page, each read on from the {@code next} of the page before.
 */
public final class ChangeFeedReader {

    /** How long {@link #readUntil} waits for what it awaits. */
    public static final Duration PATIENCE = Duration.ofMinutes(2);

    private static final int MAX_SIZE = 100;

    private final String path;

    public ChangeFeedReader(String path) {
        this.path = path;
    }

    /** One page from the cursor (the start when null). */
    public Page page(String cursor, int size) {
        var request = given().queryParam("size", size);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
        return new Page(page.getList("items"), page.getString("next"));
    }

    /** Every page from the cursor until the feed has nothing more, as one. */
    public Page readAll(String cursor) {
        List<Map<String, Object>> items = new ArrayList<>();
        Page page;
        do {
            page = page(cursor, MAX_SIZE);
            items.addAll(page.items());
            cursor = page.next();
        } while (page.items().size() == MAX_SIZE);
        return new Page(items, cursor);
    }

    /**
     * Every page from the cursor, read on until an item's field (a dotted path such as {@code award.id}) has the value:
     * a feed shows a change once every older transaction on the server has ended, which on a server shared with other
     * work may take a moment after the write. Waits up to {@link #PATIENCE}.
     */
    public Page readAllShowing(String cursor, String field, Object value) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<Map<String, Object>> items = new ArrayList<>();
        String next = cursor;
        while (true) {
            Page page = readAll(next);
            items.addAll(page.items());
            next = page.next();
            if (!new Page(items, next).where(field, value).isEmpty()) {
                return new Page(items, next);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the feed showed no " + field + " " + value + " within " + PATIENCE);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /**
     * Pages of {@code size} from the cursor (the start when null) until {@code done} holds of the items read so far
     * (checked before each page, so that the page read after it holds is read too) and the feed has nothing more;
     * checks that each page goes on after the one before in the feed's {@code order} of cursors (an empty page
     * answering the cursor it was given).
     * A feed shows a change once every older transaction on the server has ended, so this waits for that, up to
     * {@link #PATIENCE}.
     */
    public Page readUntil(String from, Predicate<List<Map<String, Object>>> done, int size, Comparator<String> order) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = from;
        boolean reading = true;
        while (reading) {
            boolean finished = done.test(items);
            Page page = page(cursor, size);
            items.addAll(page.items());
            if (cursor != null && (page.items().isEmpty() ? order.compare(page.next(), cursor) != 0
                    : order.compare(page.next(), cursor) <= 0)) {
                throw new AssertionError("page after " + cursor + " did not go on from it: " + page.next());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the feed did not give what was awaited within " + PATIENCE);
            }
            cursor = page.next();
            reading = !finished || page.items().size() == size;
        }
        return new Page(items, cursor);
    }

    /** The caller's role may not read the feed: a 403 problem. */
    public void assertForbidden() {
        given().get(path).then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    /** A cursor the feed did not give out, and pages of 0 or 101 changes, are 400 problems naming the parameter. */
    public void assertRefusesBadParameters() {
        Map<String, Object> bad = Map.of("cursor", "not-a-cursor", "size", 101);
        bad.forEach((name, value) -> given().queryParam(name, value).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(name)));
        given().queryParam("size", 0).get(path).then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    /** A page's items and the cursor to read on from. */
    public record Page(List<Map<String, Object>> items, String next) {

        /** The items whose field, a dotted path such as {@code award.id}, has the value. */
        public List<Map<String, Object>> where(String field, Object value) {
            return items.stream().filter(i -> Objects.equals(value, field(i, field))).toList();
        }

        /** A field of an item, by a dotted path such as {@code award.id}. */
        public static Object field(Map<String, Object> item, String path) {
            Object value = item;
            for (String name : path.split("\\.")) {
                value = value instanceof Map<?, ?> map ? map.get(name) : null;
            }
            return value;
        }
    }
}
