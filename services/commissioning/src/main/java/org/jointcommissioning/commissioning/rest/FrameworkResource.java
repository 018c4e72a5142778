package org.jointcommissioning.commissioning.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.common.concurrency.IfMatch;
import org.jointcommissioning.commissioning.service.FrameworkService;
import org.jboss.resteasy.reactive.RestResponse;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.web.PublicLinks;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;


@Path("/api/frameworks")
@Tag(name = "Frameworks")
public class FrameworkResource {

    @Inject
    PublicLinks links;

    @Inject
    FrameworkService frameworks;

    @POST
    @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.COMMISSIONER})
    @Operation(summary = "Create a framework",
            description = "Weights of the criteria sum to 100 and social value weighs at least 10 in all.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkResponse.class)))
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public Response create(@NotNull @Valid FrameworkRequest request) {
        Framework framework = frameworks.create(request);
        return Response.created(links.to("/api/frameworks/" + framework.id))
                .entity(FrameworkResponse.of(framework)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.COMMISSIONER})
    @Operation(summary = "Replace a framework's editable fields")
    @APIResponse(responseCode = "200", description = "Updated; the ETag header names the new version")
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = CommissioningApi.PRECONDITION_FAILED)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public RestResponse<FrameworkResponse> update(@PathParam("id") String id,
                                                  @Parameter(description = "The ETag read; refused with 412 if stale")
                                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                  @NotNull @Valid FrameworkRequest request) {
        return tagged(frameworks.update(id, request, ifMatch));
    }

    @GET
    @Authenticated
    @Operation(summary = "List frameworks", description = "Sorted by name, then id.")
    @APIResponse(responseCode = "200", description = "A page of frameworks")
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public Page<FrameworkResponse> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return frameworks.list(PageRequest.of(page, size)).map(FrameworkResponse::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Read a framework")
    @APIResponse(responseCode = "200", description = "The framework; the ETag header names its version")
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public RestResponse<FrameworkResponse> get(@PathParam("id") String id) {
        return tagged(frameworks.find(id));
    }

    private static RestResponse<FrameworkResponse> tagged(Framework framework) {
        return RestResponse.ResponseBuilder.ok(FrameworkResponse.of(framework)).header(HttpHeaders.ETAG, IfMatch.etag(framework.version)).build();
    }
}
