package org.jointcommissioning.commissioning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.service.AwardService;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.Problem;

@Path("/api/awards")
@Tag(name = "Awards")
public class AwardResource {

    @Inject
    AwardService awards;

    @POST
    @Path("/{awardId}/cancel")
    @RolesAllowed({Roles.COMMISSIONER, Roles.PARTNERSHIP_ADMIN})
    @Operation(summary = "Cancel a live award (pending funding, in standstill, suspended or active)",
            description = "By the owning partner's commissioners or the partnership admin; to another partner's "
                    + "commissioner the award does not exist (404). Emits AwardCancelled; the fund releases the money.")
    @APIResponse(responseCode = "200", description = "The cancelled award",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardResponse.class)))
    @APIResponse(responseCode = "404", description = "No such award, or another partner's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The award has already failed or been cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AwardResponse cancel(@PathParam("awardId") @Size(max = Limits.ID) String awardId,
                                @NotNull @Valid CancelRequest request) {
        Award award = awards.cancel(awardId, request.reason());
        return AwardResponse.of(award, awards.bidOf(award));
    }
}
