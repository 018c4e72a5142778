package org.jointcommissioning.outcomes.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.outcomes.domain.DeliveryPlan;
import org.jointcommissioning.outcomes.service.DeliveryPlanService;

@Path("/api/indicators/{code}/delivery-plan")
@Authenticated
@Tag(name = "Delivery plans", description = "How the owning partnership means to move each indicator")
public class DeliveryPlanResource {

    @Inject
    DeliveryPlanService service;

    @GET
    @Operation(summary = "Read an indicator's delivery plan")
    @APIResponse(responseCode = "200", description = "The plan; ETag is its version, for If-Match",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryPlanResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "404", description = "No such indicator, or no plan yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("code") @Size(max = ApiDocs.CODE_MAX) String code) {
        return tagged(service.get(code));
    }

    @PUT
    @RolesAllowed(Roles.PERFORMANCE_OFFICER)
    @Operation(summary = "Write an indicator's delivery plan",
            description = "Replaces the whole plan. Only performance officers of the owning partnership may.")
    @APIResponse(responseCode = "200", description = "The plan as stored; ETag is its new version",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DeliveryPlanResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "403", description = "Not a performance officer of the owning partnership",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = ApiDocs.STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response put(@PathParam("code") @Size(max = ApiDocs.CODE_MAX) String code,
                        @Parameter(description = ApiDocs.IF_MATCH,
                                schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.HEADER_MAX))
                        @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = ApiDocs.HEADER_MAX) String ifMatch,
                        @NotNull @Valid DeliveryPlanRequest request) {
        return tagged(service.put(code, request.draft(), new IfMatch(ifMatch)));
    }

    private static Response tagged(DeliveryPlan plan) {
        return Response.ok(DeliveryPlanResponse.of(plan)).header(HttpHeaders.ETAG, IfMatch.etag(plan.version)).build();
    }
}
