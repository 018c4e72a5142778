package org.jointcommissioning.common.json;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text may hold tab, line feed and carriage return, and no other control character. */
class StrictTextTest {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @Test
    void everyCharacterIsJudgedAsTheRuleSays() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "Weekly visits" + c + ".";
            assertEquals(CONTROL.matcher(text).find(), StrictText.hasControlCharacter(text), "U+" + (int) c);
        }
    }

    @Test
    void lineBreaksAndTabsAreText() {
        assertFalse(StrictText.hasControlCharacter("Line one\r\nLine two\tindented"));
        assertTrue(StrictText.hasControlCharacter("NUL\u0000"));
    }
}
