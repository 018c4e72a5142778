package org.jointcommissioning.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates exactly as {@code 2026-11-26} and timestamps exactly as RFC 3339 with an offset, within years 1900 to 2199:
 * never a number of days or seconds, never a date where a timestamp is due or the other way round.
 */
public final class StrictDates {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    public static final String DATE_RULE = "must be a date such as 2026-11-26";

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

    private StrictDates() {
    }

    static final class Date extends StdScalarDeserializer<LocalDate> {

        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String text = text(p, context, LocalDate.class);
            return date(text).orElseThrow(() -> InvalidFormatException.from(p, DATE_RULE, text, LocalDate.class));
        }
    }

    /** The date, when the text is exactly one such as 2026-11-26 within the years allowed; for query parameters. */
    public static Optional<LocalDate> date(String text) {
        if (text != null && DATE.matcher(text).matches()) {
            try {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR) {
                    return Optional.of(date);
                }
            } catch (DateTimeException e) {
                // not a calendar date, such as 2026-02-30
            }
        }
        return Optional.empty();
    }

    static final class Timestamp extends StdScalarDeserializer<Instant> {

        Timestamp() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext context) throws IOException {
            return offsetDateTime(p, context, Instant.class).toInstant();
        }
    }

    static final class ZonedTimestamp extends StdScalarDeserializer<OffsetDateTime> {

        ZonedTimestamp() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext context) throws IOException {
            return offsetDateTime(p, context, OffsetDateTime.class);
        }
    }

    private static OffsetDateTime offsetDateTime(JsonParser p, DeserializationContext context, Class<?> type)
            throws IOException {
        String text = text(p, context, type);
        if (DATE_TIME.matcher(text).matches()) {
            try {
                OffsetDateTime time = OffsetDateTime.parse(text);
                if (time.getYear() >= FIRST_YEAR && time.getYear() <= LAST_YEAR) {
                    return time;
                }
            } catch (DateTimeException e) {
                // refused below
            }
        }
        throw InvalidFormatException.from(p, "must be a date-time such as 2026-11-26T09:30:00Z", text, type);
    }

    private static String text(JsonParser p, DeserializationContext context, Class<?> type) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            context.handleUnexpectedToken(type, p);
        }
        return p.getText();
    }
}
