package org.jointcommissioning.gateway.security;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicReadsTest {

    private final PublicReads reads = new PublicReads(List.of(
            "/api/opportunities", "/api/opportunities/*", "/api/opportunities/*/questions", "/api/ocds/**"));

    @Test
    void matchesOneSegmentPerStarAndAnyRestForADoubleStar() {
        assertTrue(reads.allows(HttpMethod.GET, "/api/opportunities"));
        assertTrue(reads.allows(HttpMethod.GET, "/api/opportunities/op-1"));
        assertTrue(reads.allows(HttpMethod.GET, "/api/opportunities/op-1/questions"));
        assertTrue(reads.allows(HttpMethod.GET, "/api/ocds"));
        assertTrue(reads.allows(HttpMethod.GET, "/api/ocds/records/ocid-1"));
        assertFalse(reads.allows(HttpMethod.GET, "/api/opportunities/op-1/bids"));
        assertFalse(reads.allows(HttpMethod.GET, "/api/opportunities-admin"));
    }

    @Test
    void allowsReadsOnly() {
        assertTrue(reads.allows(HttpMethod.HEAD, "/api/opportunities"));
        assertFalse(reads.allows(HttpMethod.POST, "/api/opportunities"));
        assertFalse(reads.allows(HttpMethod.DELETE, "/api/opportunities/op-1"));
    }
}
