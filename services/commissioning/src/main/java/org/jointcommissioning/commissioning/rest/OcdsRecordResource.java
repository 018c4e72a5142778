package org.jointcommissioning.commissioning.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.jointcommissioning.commissioning.domain.OcdsRecord;
import org.jointcommissioning.commissioning.service.OcdsRecords;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

@Path("/api/ocds/records")
@Tag(name = "Open data")
public class OcdsRecordResource {

    @Inject
    OcdsRecords records;

    @Inject
    OcdsConfig config;

    @Inject
    Clock clock;

    @Inject
    PublicLinks links;

    @GET
    @Operation(summary = "Read the OCDS 1.1 record package feed",
            description = "Public. One record per contracting process, in the order the processes were first "
                    + "released: its releases, oldest first, and the compiled release. Pages by cursor: page on with "
                    + "the cursor in `next`, null on the last page.")
    @APIResponse(responseCode = "200", description = "A record package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OcdsRecordPackage.class)))
    public OcdsRecordPackage list(
            @Parameter(description = "The `next` value of the previous page",
                    schema = @Schema(type = SchemaType.STRING, maxLength = OcdsResource.MAX_CURSOR))
            @QueryParam("cursor") @Size(max = OcdsResource.MAX_CURSOR) String cursor,
            @Parameter(description = "Records per page, 1 to 100 (default 100)",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100", minimum = "1", maximum = "100"))
            @QueryParam("limit") String limit) {
        OcdsRecords.Slice slice = records.read(cursor, OcdsResource.limit(limit));
        UriBuilder uri = UriBuilder.fromUri(links.to("/api/ocds/records"));
        if (cursor != null) {
            uri.queryParam("cursor", cursor);
        }
        if (limit != null) {
            uri.queryParam("limit", limit);
        }
        return packageOf(uri.build().toString(), slice.records(), slice.next());
    }

    @GET
    @Path("/{ocid}")
    @Operation(summary = "Read one contracting process's OCDS record",
            description = "Public. A record package holding the one record: every release of the process, oldest "
                    + "first, and the compiled release.")
    @APIResponse(responseCode = "200", description = "A record package of one record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OcdsRecordPackage.class)))
    @APIResponse(responseCode = "404", description = "No contracting process has this ocid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OcdsRecordPackage record(@PathParam("ocid") @Size(max = 200) String ocid) {
        OcdsRecord record = records.record(ocid);
        String uri = UriBuilder.fromUri(links.to("/api/ocds/records")).path("{ocid}").build(record.ocid()).toString();
        return packageOf(uri, List.of(record), null);
    }

    private OcdsRecordPackage packageOf(String uri, List<OcdsRecord> page, String next) {
        Instant published = page.stream().map(r -> r.compiledRelease().path("date").asText())
                .map(date -> OffsetDateTime.parse(date).toInstant()).max(Instant::compareTo).orElse(clock.instant());
        return new OcdsRecordPackage(uri, new OcdsReleasePackage.Publisher(config.publisherName(), config.publisherUri()),
                published, "1.1", OcdsResource.EXTENSIONS, page.stream().map(OcdsRecordPackage.Record::of).toList(), next);
    }
}
