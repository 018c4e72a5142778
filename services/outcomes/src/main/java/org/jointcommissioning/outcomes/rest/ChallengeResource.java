package org.jointcommissioning.outcomes.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.outcomes.service.ChallengeService;

@Path("/api/challenges")
@Authenticated
@Tag(name = "Challenges", description = "Peer challenge: other partnerships question an indicator's owner")
public class ChallengeResource {

    @Inject
    ChallengeService service;

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a challenge")
    @APIResponse(responseCode = "200", description = "The challenge",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChallengeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such challenge",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChallengeResponse get(@PathParam("id") @Size(max = ApiDocs.ID_MAX) String id) {
        return ChallengeResponse.of(service.get(id));
    }

    @POST
    @Path("/{id}/response")
    @RolesAllowed(Roles.PERFORMANCE_OFFICER)
    @Operation(summary = "Answer a challenge",
            description = "By a performance officer of the indicator's owning partnership; a later answer replaces "
                    + "an earlier one until the challenge is resolved.")
    @APIResponse(responseCode = "200", description = "Answered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChallengeResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a performance officer of the owning partnership",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such challenge",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The challenge is resolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChallengeResponse answer(@PathParam("id") @Size(max = ApiDocs.ID_MAX) String id,
                                    @NotNull @Valid ChallengeAnswer answer) {
        return ChallengeResponse.of(service.answer(id, answer.response()));
    }

    @POST
    @Path("/{id}/resolve")
    @RolesAllowed(Roles.PERFORMANCE_OFFICER)
    @Operation(summary = "Resolve an answered challenge",
            description = "By a performance officer of the challenging partnership; the owner does not resolve "
                    + "the challenges put to it.")
    @APIResponse(responseCode = "200", description = "Resolved",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChallengeResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a performance officer of the challenging partnership",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such challenge",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The challenge is not answered yet, or already resolved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChallengeResponse resolve(@PathParam("id") @Size(max = ApiDocs.ID_MAX) String id) {
        return ChallengeResponse.of(service.resolve(id));
    }
}
