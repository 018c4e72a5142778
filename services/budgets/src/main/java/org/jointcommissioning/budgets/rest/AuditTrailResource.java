package org.jointcommissioning.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
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
import org.jointcommissioning.budgets.service.AuditTrail;
import org.jointcommissioning.common.audit.AuditEntryResponse;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;

@Path("/api/audit/budgets")
@RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.PARTNERSHIP_ADMIN,
        Roles.AUDITOR})
@Tag(name = "Audit trail", description = "Every change to funds (their members among them), contributions, "
        + "reservations and payments: who made it, when, in which request, and each field before and after")
public class AuditTrailResource {

    @Inject
    AuditTrail trail;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "Read the history of a fund, contribution, reservation, payment, financial year, budget line or commitment plan",
            description = "Newest first. Read by whoever may read the record: the admin, the auditor and the people "
                    + "of the fund's member partners (every other record belongs to its fund); "
                    + "anyone else is told the record does not exist.")
    @APIResponse(responseCode = "200", description = "A page of the record's revisions, newest first")
    @APIResponse(responseCode = "400", description = "No entity or id, an entity that is not one of fund, "
            + "contribution, reservation, payment, financial-year, budget-line, commitment-plan, or page or size out of bounds", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such record, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AuditEntryResponse> read(
            @Parameter(description = "The kind of record", required = true, schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"fund", "contribution", "reservation", "payment",
                            "financial-year", "budget-line", "commitment-plan"}, maxLength = 20))
            @QueryParam("entity") @Size(max = 20) String entity,
            @Parameter(description = "The record's id", required = true, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 36))
            @QueryParam("id") @Size(max = 36) String id,
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return trail.history(entity, id, PageRequest.of(page, size)).map(AuditEntryResponse::of);
    }
}
