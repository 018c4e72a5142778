package org.jointcommissioning.commissioning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.service.AwardService;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;

import java.util.Map;

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
                    + "the partner left it since). Stores the award as pending-funding and emits FundingRequested; when the "
                    + "fund reserves the money the decision is notified and the award stands still (standstill) for "
                    + "the framework's working days, then becomes active; or funding-failed when the fund cannot pay.")
    @APIResponse(responseCode = "202", description = "The award, pending funding",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardResponse.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity of the caller's partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is not closed, a bid in the lot is unscored, the "
            + "lot already has a live award, the fund can no longer be drawn on, or the Idempotency-Key was used with "
            + "another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("id") @Size(max = Limits.ID) String id,
                           @Parameter(in = ParameterIn.HEADER, required = true,
                                   description = "Repeats of the same key and body answer with the first response")
                           @HeaderParam(Idempotency.HEADER) String key,
                           @NotNull @Valid AwardRequest request) {
        return idempotency.once("create-award", key, request, () -> {
            Award award = awards.create(id, request.draft());
            return Response.accepted(AwardResponse.of(award, awards.bidOf(award)))
                    .location(links.to("/api/opportunities/" + id + "/awards")).build();
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @RolesAllowed({Roles.COMMISSIONER, Roles.AUDITOR, Roles.PARTNERSHIP_ADMIN})
    @Operation(summary = "List an opportunity's awards",
            description = "To the owner's commissioners, auditors and the partnership admin; oldest first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of awards")
    @APIResponse(responseCode = "404", description = "No such opportunity, or not one the caller may see the awards of",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AwardResponse> list(
            @PathParam("id") @Size(max = Limits.ID) String id,
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        Page<Award> found = awards.list(id, PageRequest.of(page, size));
        Map<String, OpenedBid> bids = awards.bidsOf(found.items());
        return found.map(a -> AwardResponse.of(a, bids.get(a.bidId)));
    }
}
