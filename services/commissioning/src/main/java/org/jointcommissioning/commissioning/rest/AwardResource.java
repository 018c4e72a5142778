package org.jointcommissioning.commissioning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.commissioning.service.AwardService;
import org.jointcommissioning.common.identity.Roles;

@Path("/api/awards")
@Tag(name = "Awards")
public class AwardResource {

    @Inject
    AwardService awards;

    @POST
    @Path("/{awardId}/cancel")
    @RolesAllowed({Roles.COMMISSIONER, Roles.PARTNERSHIP_ADMIN})
    @Operation(summary = "Cancel a pending or active award",
            description = "By the owning partner's commissioners or the partnership admin; to another partner's "
                    + "commissioner the award does not exist (404). Emits AwardCancelled; the fund releases the money.")
    @APIResponse(responseCode = "200", description = "The cancelled award")
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommissioningApi.CONFLICT)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public AwardResponse cancel(@PathParam("awardId") String awardId, @NotNull @Valid CancelRequest request) {
        return AwardResponse.of(awards.cancel(awardId, request.reason()));
    }
}
