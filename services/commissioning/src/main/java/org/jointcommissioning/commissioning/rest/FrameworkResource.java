package org.jointcommissioning.commissioning.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.commissioning.service.FrameworkService;
import org.jointcommissioning.common.concurrency.IfMatch;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;

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
    public Response create(@NotNull @Valid FrameworkRequest request) {
        Framework framework = frameworks.create(request.draft());
        return Response.created(links.to("/api/frameworks/" + framework.id))
                .entity(FrameworkResponse.of(framework)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.COMMISSIONER})
    @Operation(summary = "Replace a framework's editable fields",
            description = "By the partnership's admins, or the commissioners of the partner that wrote it.")
    @APIResponse(responseCode = "200", description = "Updated; the ETag header names the new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = Limits.ETAG_DESCRIPTION, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 12)))
    @APIResponse(responseCode = "403", description = "Another partner's framework, and the caller is not a partnership admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such framework",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version: someone changed the framework since",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FrameworkResponse> update(@PathParam("id") @Size(max = Limits.ID) String id,
                                                  @Parameter(description = "The ETag read; refused with 412 if stale")
                                                  @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = Limits.HEADER) String ifMatch,
                                                  @NotNull @Valid FrameworkRequest request) {
        return tagged(frameworks.update(id, request.draft(), ifMatch));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Authenticated
    @Operation(summary = "List frameworks", description = "Sorted by name, then id.")
    @APIResponse(responseCode = "200", description = "A page of frameworks")
    public Page<FrameworkResponse> list(
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return frameworks.list(PageRequest.of(page, size)).map(FrameworkResponse::of);
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Read a framework")
    @APIResponse(responseCode = "200", description = "The framework; the ETag header names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = Limits.ETAG_DESCRIPTION, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 12)))
    @APIResponse(responseCode = "404", description = "No such framework",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FrameworkResponse> get(@PathParam("id") @Size(max = Limits.ID) String id) {
        return tagged(frameworks.find(id));
    }

    private static RestResponse<FrameworkResponse> tagged(Framework framework) {
        return RestResponse.ResponseBuilder.ok(FrameworkResponse.of(framework))
                .header(HttpHeaders.ETAG, IfMatch.etag(framework.version)).build();
    }
}
