package org.jointcommissioning.bidding.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.bidding.service.AuditTrail;
import org.jointcommissioning.common.audit.AuditEntryResponse;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;

@Path("/api/audit/bidding")
@Authenticated
@Tag(name = "Audit trail", description = "Every change to bids (never their sealed price or content) and organisations: "
        + "who made it, when, in which request, and each field before and after")
public class AuditTrailResource {

    @Inject
    AuditTrail trail;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "Read the history of a bid or an organisation",
            description = "Newest first. A bid's history is its life cycle (submitted, revised, withdrawn, opened, "
                    + "its outcome), never its sealed price or content, which the trail does not keep; it is read by "
                    + "the bidding organisation, the admin and the auditor, and once the bid is opened by the "
                    + "opportunity owner's commissioners. An organisation's is read by its own people, the admin and "
                    + "the auditor. Anyone else is told the record does not exist.")
    @APIResponse(responseCode = "200", description = "A page of the record's revisions, newest first")
    @APIResponse(responseCode = "400", description = "No entity or id, an entity that is not one of bid, "
            + "organisation, or page or size out of bounds", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AuditEntryResponse> read(
            @Parameter(description = "The kind of record", required = true, schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"bid", "organisation"}, maxLength = 20))
            @QueryParam("entity") @Size(max = 20) String entity,
            @Parameter(description = "The record's id", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @QueryParam("id") @Size(max = 100) String id,
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return trail.history(entity, id, PageRequest.of(page, size)).map(AuditEntryResponse::of);
    }
}
