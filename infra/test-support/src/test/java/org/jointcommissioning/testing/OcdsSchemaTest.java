package org.jointcommissioning.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema check itself: it must catch what the OCDS schema forbids, or its passes prove nothing. */
class OcdsSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aValidPackageWithALotPasses() throws Exception {
        assertEquals(java.util.List.of(), OcdsSchema.violations(pack("\"tender\"", "1000")));
    }

    @Test
    void anUnknownTagAndAnAmountAsTextAreCaught() throws Exception {
        assertTrue(OcdsSchema.violations(pack("\"bogus\"", "1000")).size() >= 1);
        assertTrue(OcdsSchema.violations(pack("\"tender\"", "\"1000\"")).size() >= 1);
    }

    private static JsonNode pack(String tag, String amount) throws Exception {
        return JSON.readTree("""
                {"uri": "https://example.org/p", "publishedDate": "2026-11-26T09:30:00Z", "version": "1.1",
                 "publisher": {"name": "Test"},
                 "releases": [{"ocid": "ocds-jcp001-1", "id": "r1", "date": "2026-11-26T09:30:00Z",
                   "tag": [%s], "initiationType": "tender",
                   "tender": {"id": "1", "lots": [{"id": "lot-1", "value": {"amount": %s, "currency": "GBP"}}]}}]}
                """.formatted(tag, amount));
    }
}
