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
import org.jointcommissioning.commissioning.domain.AwardChallenge;
import org.jointcommissioning.commissioning.service.ChallengeService;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;

@Path("/api/awards/{awardId}/challenges")
@Tag(name = "Awards")
public class AwardChallengeResource {

    @Inject
    ChallengeService challenges;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicLinks links;

    @POST
    @Transactional
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Challenge an award decision",
            description = "By a bidder whose organisation's opened bid in the award's lot did not win it, during the "
                    + "standstill (409 after it, or while the organisation's earlier challenge is open); to anyone "
                    + "else the award does not exist (404). The award is suspended until the commissioner answers; "
                    + "emits AwardChallenged.")
    @APIResponse(responseCode = "201", description = "The challenge, open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such award, or not one the caller's organisation bid for and lost",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The award is not in its standstill, the organisation's challenge "
            + "is still open, or the Idempotency-Key was used with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response challenge(@PathParam("awardId") @Size(max = Limits.ID) String awardId,
                              @Parameter(in = ParameterIn.HEADER, required = true,
                                      description = "Repeats of the same key and body answer with the first response")
                              @HeaderParam(Idempotency.HEADER) String key,
                              @NotNull @Valid ChallengeRequest request) {
        return idempotency.once("challenge-award", key, request, () -> {
            AwardChallenge challenge = challenges.challenge(awardId, request.grounds());
            return Response.created(links.to("/api/awards/" + awardId + "/challenges/" + challenge.id))
                    .entity(ChallengeResponse.of(challenge)).build();
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @RolesAllowed({Roles.COMMISSIONER, Roles.AUDITOR, Roles.PARTNERSHIP_ADMIN, Roles.BIDDER})
    @Operation(summary = "List an award's challenges",
            description = "All of them to the owner's commissioners, the admin and the auditor; its own to an "
                    + "unsuccessful bidder in the lot; oldest first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of challenges")
    @APIResponse(responseCode = "404", description = "No such award, or not one the caller may see the challenges of",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ChallengeResponse> list(
            @PathParam("awardId") @Size(max = Limits.ID) String awardId,
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return challenges.list(awardId, PageRequest.of(page, size)).map(ChallengeResponse::of);
    }

    @GET
    @Path("/{challengeId}")
    @RolesAllowed({Roles.COMMISSIONER, Roles.AUDITOR, Roles.PARTNERSHIP_ADMIN, Roles.BIDDER})
    @Operation(summary = "Read a challenge",
            description = "To the owner's commissioners, the admin, the auditor and the challenging organisation.")
    @APIResponse(responseCode = "200", description = "The challenge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such award or challenge, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChallengeResponse get(@PathParam("awardId") @Size(max = Limits.ID) String awardId,
                                 @PathParam("challengeId") @Size(max = Limits.ID) String challengeId) {
        return ChallengeResponse.of(challenges.find(awardId, challengeId));
    }

    @POST
    @Path("/{challengeId}/answer")
    @Transactional
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Answer a challenge",
            description = "By the owning partner's commissioners; to another partner's commissioner the award does "
                    + "not exist (404). Upheld: the award is cancelled (AwardCancelled; the fund releases the money) "
                    + "and the lot's evaluation reopens. Dismissed: once no challenge is open the standstill runs "
                    + "on, and the contract is entered into at once if its end has passed. Emits ChallengeAnswered.")
    @APIResponse(responseCode = "200", description = "The answered challenge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such award of the caller's partner, or no such challenge to it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The challenge is already answered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChallengeResponse answer(@PathParam("awardId") @Size(max = Limits.ID) String awardId,
                                    @PathParam("challengeId") @Size(max = Limits.ID) String challengeId,
                                    @NotNull @Valid ChallengeAnswerRequest request) {
        return ChallengeResponse.of(challenges.answer(awardId, challengeId,
                request.decision() == ChallengeDecision.UPHELD, request.reasons()));
    }
}
