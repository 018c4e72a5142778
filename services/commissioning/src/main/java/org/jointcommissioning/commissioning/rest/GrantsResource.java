package org.jointcommissioning.commissioning.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.commissioning.config.GrantsConfig;
import org.jointcommissioning.commissioning.config.OcdsConfig;
import org.jointcommissioning.commissioning.service.GrantsFeed;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Path("/api/open-data/360giving")
@Tag(name = "Open data")
public class GrantsResource {

    static final String CSV = "text/csv";

    @Inject
    GrantsFeed feed;

    @Inject
    GrantFile file;

    @Inject
    GrantsConfig grants;

    @Inject
    OcdsConfig publisher;

    @Inject
    Clock clock;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Read the grants file (360Giving 1.4)",
            description = "Public. Every grant the partnership has made: an active award of an opportunity on the "
                    + "grant route (applications are bids, awarded per lot from a pooled fund), once its fund has "
                    + "reserved the money. JSON in the 360Giving package shape, or its CSV flavour (one grant a row "
                    + "under the standard's column titles, the first item of each list) with `Accept: text/csv` or "
                    + "`format=csv`. Organisations are identified in the org-id.guide form: GB-CHC- or GB-SC- for a "
                    + "charity number, GB-COH- for a company number, a partner's own identifier; otherwise the "
                    + "publisher's 360Giving prefix and the platform's id.")
    @APIResponse(responseCode = "200", description = "The grants file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrantPackage.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = Integer.MAX_VALUE,
                    description = "A header row, then a row per grant (RFC 4180); as long as the grants make it"))})
    @APIResponse(responseCode = "400", description = "An unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(
            @Parameter(description = "json or csv; overrides Accept",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"}))
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        List<GrantPackage.Grant> all = feed.grants().stream().map(file::grant).toList();
        if (wantsCsv(format, headers)) {
            StreamingOutput body = out -> GrantsCsv.write(all, out);
            return Response.ok(body, CSV + "; charset=utf-8")
                    .header("Content-Disposition", "inline; filename=\"grants.csv\"").build();
        }
        Instant modified = all.stream().map(GrantPackage.Grant::dateModified).max(Instant::compareTo)
                .orElse(clock.instant());
        return Response.ok(new GrantPackage(all, "1.4", publisher.publisherName() + ": grants",
                        new GrantPackage.GrantsPublisher(publisher.publisherName(), publisher.publisherUri()),
                        grants.license(), modified), MediaType.APPLICATION_JSON).build();
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ProblemException.invalidField("format", "must be json or csv");
            };
        }
        return headers.getAcceptableMediaTypes().stream().findFirst()
                .map(type -> type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType())
                .orElse(false);
    }
}
