package org.jointcommissioning.commissioning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.service.EvaluationService;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.Problem;

@Path("/api/opportunities/{id}/evaluations")
@Tag(name = "Evaluation")
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    @PUT
    @Path("/{bidId}")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Score an opened bid",
            description = "Every quality and social-value criterion 0-100, with a comment; price is scored by the "
                    + "platform (lowest price in the lot 100, others in proportion). Only while closed.")
    @APIResponse(responseCode = "200", description = "The opportunity's evaluation after scoring",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity of the caller's partner, or no such opened bid in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is not closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EvaluationResponse score(@PathParam("id") @Size(max = Limits.ID) String id,
                                    @PathParam("bidId") @Size(max = Limits.FOREIGN_ID) String bidId,
                                    @NotNull @Valid ScoreRequest request) {
        evaluations.score(id, bidId, request.draft());
        return read(id);
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.AUDITOR})
    @Operation(summary = "Read the evaluation of each lot",
            description = "Per lot, each bid's criterion scores, weighted total and rank. After the deadline only, "
                    + "to the owner's commissioners and to auditors.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity the caller may evaluate or audit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The submission deadline has not passed: no bid is opened yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EvaluationResponse read(@PathParam("id") @Size(max = Limits.ID) String id) {
        Opportunity opportunity = evaluations.readable(id);
        return EvaluationResponse.of(id, evaluations.evaluate(opportunity));
    }
}
