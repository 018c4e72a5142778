package org.jointcommissioning.outcomes.rest;

import io.quarkus.security.Authenticated;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;
import org.jointcommissioning.outcomes.domain.Challenge;
import org.jointcommissioning.outcomes.domain.ChallengeState;
import org.jointcommissioning.outcomes.service.ChallengeService;

@Path("/api/indicators/{code}/challenges")
@Authenticated
@Tag(name = "Challenges")
public class IndicatorChallengeResource {

    @Inject
    ChallengeService service;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicLinks links;

    @POST
    @Transactional
    @RolesAllowed(Roles.PERFORMANCE_OFFICER)
    @Operation(summary = "Challenge an indicator's delivery",
            description = "By a performance officer of a partnership other than the owner (a contributor may "
                    + "challenge too). The challenge starts open.")
    @APIResponse(responseCode = "201", description = "Raised; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ChallengeResponse.class)))
    @APIResponse(responseCode = "400", description = "No question, or no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a performance officer, or one of the owning partnership",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.KEY_REUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response raise(@PathParam("code") @Size(max = ApiDocs.CODE_MAX) String code,
                          @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, required = true,
                                  schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.HEADER_MAX))
                          @HeaderParam(Idempotency.HEADER) String key,
                          @NotNull @Valid ChallengeRequest request) {
        return idempotency.once("raise-challenge:" + code, key, request, () -> {
            Challenge challenge = service.raise(code, request.question());
            return Response.created(links.to("/api/challenges/" + challenge.id))
                    .entity(ChallengeResponse.of(challenge)).build();
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List an indicator's challenges with their state",
            description = "Oldest first (by the time raised, then by id).")
    @APIResponse(responseCode = "200", description = "A page of challenges")
    @APIResponse(responseCode = "400", description = "An unknown state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ChallengeResponse> list(
            @PathParam("code") @Size(max = ApiDocs.CODE_MAX) String code,
            @Parameter(schema = @Schema(implementation = ChallengeState.class))
            @QueryParam("state") String state,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0",
                    minimum = "0", maximum = "" + PageRequest.MAX_PAGE))
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20",
                    minimum = "1", maximum = "" + PageRequest.MAX_SIZE))
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        ChallengeState wanted = Kebab.parse(ChallengeState.class, "state", state);
        return service.list(code, wanted, paging).map(ChallengeResponse::of);
    }
}
