package org.jointcommissioning.commissioning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.service.EvaluationService;
import org.jointcommissioning.common.identity.Roles;

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
    @APIResponse(responseCode = "200", description = "The opportunity's evaluation after scoring")
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommissioningApi.CONFLICT)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public EvaluationResponse score(@PathParam("id") String id, @PathParam("bidId") String bidId,
                                    @NotNull @Valid ScoreRequest request) {
        evaluations.score(id, bidId, request);
        return read(id);
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.AUDITOR})
    @Operation(summary = "Read the evaluation of each lot",
            description = "Per lot, each bid's criterion scores, weighted total and rank. After the deadline only, "
                    + "to the owner's commissioners and to auditors.")
    @APIResponse(responseCode = "200", description = "The evaluation")
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommissioningApi.CONFLICT)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public EvaluationResponse read(@PathParam("id") String id) {
        Opportunity opportunity = evaluations.readable(id);
        return EvaluationResponse.of(id, evaluations.evaluate(opportunity));
    }
}
