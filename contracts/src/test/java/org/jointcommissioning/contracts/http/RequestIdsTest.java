package org.jointcommissioning.contracts.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestIdsTest {

    @Test
    void a_sane_id_from_the_caller_is_kept() {
        assertEquals("client-42:retry.1", RequestIds.acceptOrCreate("client-42:retry.1"));
    }

    @Test
    void an_absent_or_insane_id_is_replaced_never_echoed() {
        for (String sent : new String[] {null, "", "has space", "<script>", "x".repeat(129), "line\nbreak"}) {
            String id = RequestIds.acceptOrCreate(sent);
            assertNotEquals(sent, id);
            assertTrue(id.matches("[0-9a-f-]{36}"), id);
        }
    }
}
