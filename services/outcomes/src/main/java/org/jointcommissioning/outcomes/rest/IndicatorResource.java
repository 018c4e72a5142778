package org.jointcommissioning.outcomes.rest;

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
import org.jointcommissioning.common.concurrency.IfMatch;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.IndicatorFilter;
import org.jointcommissioning.outcomes.domain.IndicatorKind;
import org.jointcommissioning.outcomes.domain.RagStatus;
import org.jointcommissioning.outcomes.service.IndicatorService;
import org.jointcommissioning.outcomes.service.MeasurementService;

@Path("/api/indicators")
@Authenticated
@Tag(name = "Indicators", description = "The LAA indicators, their baselines, targets and red-amber-green status")
public class IndicatorResource {

    @Inject
    MeasurementService measurementService;

    @Inject
    IndicatorService service;

    @Inject
    PublicLinks links;

    @POST
    @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.PERFORMANCE_OFFICER})
    @Operation(summary = "Add an indicator to the agreement",
            description = "A partnership admin adds one for any partnership; a performance officer only for their own. "
                    + "Contributors are the other partners whose performance officers may report its measurements. "
                    + "A new indicator's status is no-data.")
    @APIResponse(responseCode = "201", description = "Added; Location names it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IndicatorResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "400", description = "Invalid code, period, value, enumeration or contributor "
            + "(listed twice, or the owner), or a target not after the baseline",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin, or not a performance officer of the owner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "An indicator with this code exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid IndicatorRequest request) {
        Indicator indicator = service.create(request.draft());
        return Response.created(links.to("/api/indicators/" + indicator.code)).entity(view(indicator))
                .header(HttpHeaders.ETAG, IfMatch.etag(indicator.version)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.PERFORMANCE_OFFICER})
    @Operation(summary = "Change an indicator",
            description = "The whole editable representation, owner and contributors included (contributors left "
                    + "out means none); the code cannot change. A partnership admin may change any indicator; a "
                    + "performance officer only one their own partner owns and keeps. The status is recomputed "
                    + "against the new baseline and targets.")
    @APIResponse(responseCode = "200", description = "Changed; ETag is its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IndicatorResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "400", description = "Invalid content, a contributor listed twice or the owner, "
            + "or a code other than the path's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin, or not a performance officer of the owner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = ApiDocs.STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("code") @Size(max = ApiDocs.CODE_MAX) String code,
                           @Parameter(description = ApiDocs.IF_MATCH,
                                   schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.HEADER_MAX))
                           @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ApiDocs.HEADER_MAX) String ifMatch,
                           @NotNull @Valid IndicatorRequest request) {
        return tagged(service.update(code, request.draft(), new IfMatch(ifMatch)));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List indicators", description = "Sorted by code; every filter is optional.")
    @APIResponse(responseCode = "200", description = "A page of indicators")
    @APIResponse(responseCode = "400", description = "An unknown kind or status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<IndicatorResponse> list(
            @Parameter(schema = @Schema(implementation = IndicatorKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "Only indicators of this theme")
            @QueryParam("theme") @Size(max = 100) String theme,
            @Parameter(schema = @Schema(implementation = RagStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "The owning partnership's organisation id")
            @QueryParam("owner") @Size(max = ApiDocs.ORG_MAX) String owner,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0",
                    minimum = "0", maximum = "" + PageRequest.MAX_PAGE))
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20",
                    minimum = "1", maximum = "" + PageRequest.MAX_SIZE))
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        IndicatorFilter filter = new IndicatorFilter(
                Kebab.parse(IndicatorKind.class, "kind", kind), theme,
                Kebab.parse(RagStatus.class, "status", status), owner);
        return service.list(filter, paging).map(this::view);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read an indicator")
    @APIResponse(responseCode = "200", description = "The indicator; ETag is its version, for If-Match",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IndicatorResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("code") @Size(max = ApiDocs.CODE_MAX) String code) {
        return tagged(service.get(code));
    }

    private Response tagged(Indicator indicator) {
        return Response.ok(view(indicator)).header(HttpHeaders.ETAG, IfMatch.etag(indicator.version)).build();
    }

    private IndicatorResponse view(Indicator indicator) {
        return IndicatorResponse.of(indicator,
                measurementService.latest(indicator.code).map(m -> PeriodValue.of(m.period, m.value)).orElse(null));
    }
}
