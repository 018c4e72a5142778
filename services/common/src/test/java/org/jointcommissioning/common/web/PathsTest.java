package org.jointcommissioning.common.web;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A header value may hold any character but a raw control character other than tab. */
class PathsTest {

    private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F]");

    @Test
    void everyCharacterIsJudgedAsTheRuleSays() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String value = "Bearer a" + c + "b";
            assertEquals(RAW_CONTROL.matcher(value).find(), Paths.hasRawControlCharacter(value), "U+" + (int) c);
        }
    }

    @Test
    void aTabIsAllowedAndNothingIsNotAControlCharacter() {
        assertFalse(Paths.hasRawControlCharacter("a\tb"));
        assertFalse(Paths.hasRawControlCharacter(null));
        assertTrue(Paths.hasRawControlCharacter("a\r\nInjected: yes"));
    }
}
