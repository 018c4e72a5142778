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
        if (hasControlCharacter(text)) {
            throw InvalidFormatException.from(p, "must not contain control characters", printable(text), String.class);
        }
        return text;
    }

    /**
     * The same test as {@link #CONTROL}, by a loop: it runs on every string read, stored texts included (a regex here was
     * 17% of the bid list's CPU).
     */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x7F || c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    private static String printable(String text) {
        String shown = CONTROL.matcher(text).replaceAll("?");
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }
}
