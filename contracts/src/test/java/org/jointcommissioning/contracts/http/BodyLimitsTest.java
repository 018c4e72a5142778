package org.jointcommissioning.contracts.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyLimitsTest {

    @Test
    void only_a_declared_length_over_the_limit_is_over() {
        assertFalse(BodyLimits.declaredOver(null, 10));
        assertFalse(BodyLimits.declaredOver("10", 10));
        assertFalse(BodyLimits.declaredOver(" 9 ", 10));
        assertTrue(BodyLimits.declaredOver("11", 10));
        assertTrue(BodyLimits.declaredOver("99999999999999", 10));
    }

    @Test
    void an_unreadable_length_is_left_to_the_http_parser() {
        assertFalse(BodyLimits.declaredOver("ten", 10));
        assertFalse(BodyLimits.declaredOver("999999999999999999999999", 10));
    }

    @Test
    void the_answer_names_the_limit() {
        assertEquals("The request body is over the limit of 1048576 bytes", BodyLimits.overLimit(1_048_576));
    }
}
