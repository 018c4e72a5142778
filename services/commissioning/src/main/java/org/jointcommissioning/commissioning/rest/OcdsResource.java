package org.jointcommissioning.commissioning.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.commissioning.config.OcdsConfig;
import org.jointcommissioning.commissioning.domain.OcdsRelease;
import org.jointcommissioning.commissioning.service.OcdsFeed;
import org.jointcommissioning.common.json.EventJson;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.common.web.PublicLinks;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/api/ocds/releases")
@Tag(name = "Open data")
public class OcdsResource {

    /** The extensions the releases use; the lots patch refers to the submission terms definitions. */
    static final List<String> EXTENSIONS = List.of(
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_submissionTerms_extension/master/extension.json");
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_CURSOR = 100;
    // The years every date and time of the API lies in.
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;

    @Inject
    OcdsFeed feed;

    @Inject
    OcdsConfig config;

    @Inject
    Clock clock;

    @Inject
    PublicLinks links;

    @GET
    @Operation(summary = "Read the OCDS 1.1 release package feed",
            description = "Public. One release per public change (tender, tenderUpdate, tenderCancellation, award, "
                    + "contract, awardUpdate, contractUpdate), oldest first. A feed that grows without end, so it "
                    + "pages by cursor, not by page number: page on with the cursor in `next`, null on the last page.")
    @APIResponse(responseCode = "200", description = "A release package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OcdsReleasePackage.class)))
    public OcdsReleasePackage releases(
            @Parameter(description = "Only releases made at or after this instant (RFC 3339, years 1900 to 2199)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35))
            @QueryParam("updatedFrom") @Size(max = 35) String updatedFrom,
            @Parameter(description = "The `next` value of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CURSOR))
            @QueryParam("cursor") @Size(max = MAX_CURSOR) String cursor,
            @Parameter(description = "Releases per page, 1 to 100 (default 100)",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100", minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit) {
        int size = limit(limit);
        OcdsFeed.Slice slice = feed.read(instant(updatedFrom), cursor, size);
        List<JsonNode> releases = slice.releases().stream().map(OcdsResource::json).toList();
        Instant published = slice.releases().isEmpty() ? clock.instant()
                : slice.releases().get(slice.releases().size() - 1).releasedAt;
        return new OcdsReleasePackage(pageUri(updatedFrom, cursor, limit),
                new OcdsReleasePackage.Publisher(config.publisherName(), config.publisherUri()),
                published, "1.1", EXTENSIONS, releases, slice.next());
    }

    /** This page's address at the public base, never the request's Host header, with the query it was read by. */
    private String pageUri(String updatedFrom, String cursor, String limit) {
        UriBuilder uri = UriBuilder.fromUri(links.to("/api/ocds/releases"));
        if (updatedFrom != null) {
            uri.queryParam("updatedFrom", updatedFrom);
        }
        if (cursor != null) {
            uri.queryParam("cursor", cursor);
        }
        if (limit != null) {
            uri.queryParam("limit", limit);
        }
        return uri.build().toString();
    }

    /**
     * Read as text: a typed query parameter that does not convert is answered 404 by the REST layer, where the
     * client's mistake is a 400 naming it.
     */
    static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        if (value.matches("[0-9]{1,3}")) {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= DEFAULT_LIMIT) {
                return limit;
            }
        }
        throw ProblemException.invalidField("limit", "must be a whole number from 1 to " + DEFAULT_LIMIT);
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(value).toInstant();
            int year = instant.atOffset(ZoneOffset.UTC).getYear();
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw ProblemException.invalidField("updatedFrom",
                "must be an RFC 3339 instant from 1900 to 2199, such as 2026-11-26T09:30:00Z");
    }

    private static JsonNode json(OcdsRelease release) {
        try {
            return EventJson.mapper().readTree(release.body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored release " + release.releaseId + " is not JSON", e);
        }
    }
}
