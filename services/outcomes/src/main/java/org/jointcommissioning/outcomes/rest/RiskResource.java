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
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;
import org.jointcommissioning.outcomes.domain.Risk;
import org.jointcommissioning.outcomes.domain.RiskStatus;
import org.jointcommissioning.outcomes.service.RiskService;

@Path("/api/risks")
@Authenticated
@Tag(name = "Risks", description = "The risk register: risks to delivering the indicators, scored likelihood × impact")
public class RiskResource {

    @Inject
    RiskService service;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicLinks links;

    @POST
    @Transactional
    @RolesAllowed({Roles.PERFORMANCE_OFFICER, Roles.PARTNERSHIP_ADMIN})
    @Operation(summary = "Record a risk",
            description = "Open unless a status is given. Any partner may flag a risk to any indicator; the risk is "
                    + "kept by the caller's organisation, and only it (or a partnership admin) changes it.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it, ETag is its version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RiskResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG
                    + "; left out when the answer is replayed for a repeated Idempotency-Key",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "400", description = "Likelihood or impact not 1 to 5, an unknown indicator code, "
            + "or no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a performance officer or partnership admin, or your "
            + "account is linked to no organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.KEY_REUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Parameter(description = ApiDocs.IDEMPOTENCY_KEY, required = true,
                                   schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.HEADER_MAX))
                           @HeaderParam(Idempotency.HEADER) String key,
                           @NotNull @Valid RiskRequest request) {
        return idempotency.once("record-risk", key, request, () -> {
            Risk risk = service.create(request.draft());
            return Response.created(links.to("/api/risks/" + risk.id)).entity(RiskResponse.of(risk))
                    .header(HttpHeaders.ETAG, IfMatch.etag(risk.version)).build();
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.PERFORMANCE_OFFICER, Roles.PARTNERSHIP_ADMIN})
    @Operation(summary = "Change a risk",
            description = "The whole editable representation, status included; by the organisation that recorded it "
                    + "or a partnership admin.")
    @APIResponse(responseCode = "200", description = "Changed; ETag is its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RiskResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "400", description = "Likelihood or impact not 1 to 5, an unknown indicator code, "
            + "or no status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another organisation's risk, and not a partnership admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such risk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = ApiDocs.STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") @Size(max = ApiDocs.ID_MAX) String id,
                           @Parameter(description = ApiDocs.IF_MATCH,
                                   schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.HEADER_MAX))
                           @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ApiDocs.HEADER_MAX) String ifMatch,
                           @NotNull @Valid RiskRequest request) {
        return tagged(service.update(id, request.draft(), new IfMatch(ifMatch)));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List risks", description = "Highest score first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of risks")
    @APIResponse(responseCode = "400", description = "An unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RiskResponse> list(
            @Parameter(schema = @Schema(implementation = RiskStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only risks to this indicator")
            @QueryParam("indicator") @Size(max = ApiDocs.CODE_MAX) String indicator,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0",
                    minimum = "0", maximum = "" + PageRequest.MAX_PAGE))
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20",
                    minimum = "1", maximum = "" + PageRequest.MAX_SIZE))
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return service.list(Kebab.parse(RiskStatus.class, "status", status), indicator, paging).map(RiskResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a risk")
    @APIResponse(responseCode = "200", description = "The risk; ETag is its version, for If-Match",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RiskResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "404", description = "No such risk",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") @Size(max = ApiDocs.ID_MAX) String id) {
        return tagged(service.get(id));
    }

    private static Response tagged(Risk risk) {
        return Response.ok(RiskResponse.of(risk)).header(HttpHeaders.ETAG, IfMatch.etag(risk.version)).build();
    }
}
