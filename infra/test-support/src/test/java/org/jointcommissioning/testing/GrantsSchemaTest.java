package org.jointcommissioning.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The schema check itself: it must catch what the 360Giving schema forbids, or its passes prove nothing. */
class GrantsSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aValidGrantPasses() throws Exception {
        assertEquals(List.of(), GrantsSchema.violations(pack("1500.00", "2026-11-26", "GBP")));
    }

    @Test
    void anAmountAsTextABadDateAnUnknownCurrencyAndNoGrantsAreCaught() throws Exception {
        assertFalse(GrantsSchema.violations(pack("\"1500.00\"", "2026-11-26", "GBP")).isEmpty());
        assertFalse(GrantsSchema.violations(pack("1500.00", "26/11/2026", "GBP")).isEmpty());
        assertFalse(GrantsSchema.violations(pack("1500.00", "2026-11-26", "XXQ")).isEmpty());
        assertFalse(GrantsSchema.violations(JSON.readTree("{\"grants\": []}")).isEmpty());
    }

    private static JsonNode pack(String amount, String date, String currency) throws Exception {
        return JSON.readTree("""
                {"grants": [{"id": "360G-jcp-1", "title": "Befriending", "description": "Visits",
                  "currency": "%s", "amountAwarded": %s, "awardDate": "%s",
                  "recipientOrganization": [{"id": "GB-CHC-1234567", "name": "Carers Network"}],
                  "fundingOrganization": [{"id": "GB-LAE-KEN", "name": "Kent County Council"}]}],
                 "version": "1.4", "publisher": {"name": "Test"}}
                """.formatted(currency, amount, date));
    }
}
