package org.jointcommissioning.commissioning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.service.AwardService;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.web.PublicLinks;

import java.util.List;

@Path("/api/opportunities/{id}/awards")
@Tag(name = "Awards")
public class OpportunityAwardResource {

    @Inject
    AwardService awards;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicLinks links;

    @POST
    @Transactional
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Award a lot (starts the award saga)",
            description = "Only when the opportunity is closed and every opened bid in the lot is scored; one award "
                    + "in flight per lot; for at most the bid's price, in its currency (400 naming amount). The "
                    + "opportunity's fund must still be open with the owning partner a member (409 if it closed or "
                    + "the partner left it since). Stores the award as pending-funding and emits FundingRequested; the award "
                    + "becomes active when the fund reserves the money, or funding-failed when it cannot.")
    @APIResponse(responseCode = "202", description = "The award, pending funding",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardResponse.class)))
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommissioningApi.CONFLICT)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public Response create(@PathParam("id") String id,
                           @Parameter(in = ParameterIn.HEADER, required = true,
                                   description = "Repeats of the same key and body answer with the first response")
                           @HeaderParam(Idempotency.HEADER) String key,
                           @NotNull @Valid AwardRequest request) {
        return idempotency.once("create-award", key, request, () -> {
            Award award = awards.create(id, request);
            return Response.accepted(AwardResponse.of(award))
                    .location(links.to("/api/opportunities/" + id + "/awards")).build();
        });
    }

    @GET
    @RolesAllowed({Roles.COMMISSIONER, Roles.AUDITOR, Roles.PARTNERSHIP_ADMIN})
    @Operation(summary = "List an opportunity's awards",
            description = "To the owner's commissioners, auditors and the partnership admin; oldest first.")
    @APIResponse(responseCode = "200", description = "The awards")
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public List<AwardResponse> list(@PathParam("id") String id) {
        return awards.list(id).stream().map(AwardResponse::of).toList();
    }
}
