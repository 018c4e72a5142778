package org.jointcommissioning.bidding.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.jointcommissioning.common.web.PublicLinks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jointcommissioning.common.concurrency.IfMatch;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.bidding.domain.Organisation;
import org.jointcommissioning.bidding.service.OrganisationService;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.Problem;


@Path("/api/organisations")
@Tag(name = "Organisations", description = "Profiles of third-sector organisations that bid")
public class OrganisationResource {

    @Inject
    PublicLinks links;

    @Inject
    OrganisationService organisations;

    @POST
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Register your organisation",
            description = "A bidder registers the organisation named by its token's org_id, which becomes the profile's id.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = OrganisationResponse.class)))
    @APIResponse(responseCode = "409", description = "The organisation is registered already",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid OrganisationRequest request) {
        Organisation organisation = organisations.register(request.profile());
        return Response.created(links.to("/api/organisations/" + organisation.id))
                .entity(OrganisationResponse.of(organisation)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Update your organisation's profile", description = "Replaces the whole profile; members only.")
    @APIResponse(responseCode = "200", description = "Updated, with the new version as ETag",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = OrganisationResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The profile's version, for If-Match", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "404", description = "No such organisation, or not yours",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version: someone changed the profile since",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") @Size(max = 100) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
                           @NotNull @Valid OrganisationRequest request) {
        return tagged(organisations.update(id, request.profile(), new IfMatch(ifMatch)));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Read an organisation's profile",
            description = "For the organisation's own members, commissioners and the auditor.")
    @APIResponse(responseCode = "200", description = "The profile, with its version as ETag",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = OrganisationResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The profile's version, for If-Match", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "404", description = "No such organisation, or not visible to you",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") @Size(max = 100) String id) {
        return tagged(organisations.find(id));
    }

    /** The profile with its version as ETag, for If-Match when it is changed. */
    private static Response tagged(Organisation organisation) {
        return Response.ok(OrganisationResponse.of(organisation))
                .header(HttpHeaders.ETAG, IfMatch.etag(organisation.version)).build();
    }
}
