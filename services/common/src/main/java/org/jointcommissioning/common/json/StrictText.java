package org.jointcommissioning.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Every JSON string of a request: a string only (a number or boolean is not text), and free of control characters
 * other than tab, line feed and carriage return, which no column should ever hold (PostgreSQL refuses NUL outright).
 */
final class StrictText extends StdScalarDeserializer<String> {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) context.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        if (CONTROL.matcher(text).find()) {
            throw InvalidFormatException.from(p, "must not contain control characters", printable(text), String.class);
        }
        return text;
    }

    private static String printable(String text) {
        String shown = CONTROL.matcher(text).replaceAll("?");
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }
}
