package org.jointcommissioning.commissioning.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.domain.OcdsRecord;

import java.time.Instant;
import java.util.List;

/**
 * An OCDS 1.1 record package, plus {@code next}: the cursor of the following page, null on the last (and on a single
 * record's package). Each record embeds its releases and the compiled release, which follow the OCDS release schema
 * with the extensions listed.
 */
public record OcdsRecordPackage(
        @Schema(required = true, maxLength = 2000, description = "This package's address") String uri,
        @Schema(required = true) OcdsReleasePackage.Publisher publisher,
        @Schema(required = true) Instant publishedDate,
        @Schema(required = true, maxLength = 10, description = "The OCDS version: 1.1") String version,
        @Schema(required = true, maxItems = 10) List<@Size(max = 300) String> extensions,
        @Schema(required = true, maxItems = OcdsResource.DEFAULT_LIMIT) List<Record> records,
        // A feed always says whether it goes on (API conventions): null here is the answer, not an absent value.
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @Schema(description = "The cursor of the following page; null on the last", nullable = true, required = true,
                maxLength = OcdsResource.MAX_CURSOR)
        String next) {

    @Schema(name = "OcdsRecord", description = "One contracting process: every release, oldest first, and the compiled release")
    public record Record(
            @Schema(required = true, maxLength = 200, description = "The Open Contracting ID") String ocid,
            @Schema(required = true, maxItems = 10000,
                    description = "OCDS releases (https://standard.open-contracting.org/1.1/en/schema/release/)")
            List<JsonNode> releases,
            @Schema(required = true, description = "The releases merged by the OCDS merging rules, tagged compiled")
            JsonNode compiledRelease) {

        static Record of(OcdsRecord record) {
            return new Record(record.ocid(), record.releases(), record.compiledRelease());
        }
    }
}
