package org.jointcommissioning.commissioning.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * An OCDS 1.1 release package, plus {@code next}: the cursor of the following page, null on the last.
 * The releases follow the OCDS release schema with the extensions listed.
 */
public record OcdsReleasePackage(
        String uri,
        Publisher publisher,
        Instant publishedDate,
        String version,
        List<String> extensions,
        @Schema(description = "OCDS releases (https://standard.open-contracting.org/1.1/en/schema/release/)")
        List<JsonNode> releases,
        // A feed always says whether it goes on (API conventions): null here is the answer, not an absent value.
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The cursor of the following page; null on the last", nullable = true, required = true)
        String next) {

    public record Publisher(String name, String uri) {
    }
}
