package org.jointcommissioning.commissioning.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * An OCDS 1.1 release package, plus {@code next}: the cursor of the following page, null on the last.
 * The releases follow the OCDS release schema with the extensions listed.
 */
public record OcdsReleasePackage(
        @Schema(required = true, maxLength = 2000, description = "This page's address") String uri,
        @Schema(required = true) Publisher publisher,
        @Schema(required = true) Instant publishedDate,
        @Schema(required = true, maxLength = 10, description = "The OCDS version: 1.1") String version,
        @Schema(required = true, maxItems = 10) List<@Size(max = 300) String> extensions,
        @Schema(required = true, maxItems = OcdsResource.DEFAULT_LIMIT,
                description = "OCDS releases (https://standard.open-contracting.org/1.1/en/schema/release/)")
        List<JsonNode> releases,
        // A feed always says whether it goes on (API conventions): null here is the answer, not an absent value.
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The cursor of the following page; null on the last", nullable = true, required = true,
                maxLength = OcdsResource.MAX_CURSOR)
        String next) {

    @Schema(name = "Publisher")
    public record Publisher(
            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true, maxLength = 2000) String uri) {
    }
}
