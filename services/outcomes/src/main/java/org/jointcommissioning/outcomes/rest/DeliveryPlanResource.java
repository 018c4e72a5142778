package org.jointcommissioning.outcomes.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.outcomes.service.Actor;
import org.jointcommissioning.outcomes.service.DeliveryPlanService;

@Path("/api/indicators/{code}/delivery-plan")
@Authenticated
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Delivery plans", description = "How the owning partnership means to move each indicator")
public class DeliveryPlanResource {

    @Inject
    DeliveryPlanService service;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Read an indicator's delivery plan")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such indicator, or no plan yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryPlanResponse get(@PathParam("code") String code) {
        return DeliveryPlanResponse.of(service.get(code));
    }

    @PUT
    @RolesAllowed(Roles.PERFORMANCE_OFFICER)
    @Operation(summary = "Write an indicator's delivery plan",
            description = "Replaces the whole plan. Only performance officers of the owning partnership may.")
    @APIResponse(responseCode = "200", description = "The plan as stored")
    @APIResponse(responseCode = "400", description = "Invalid content",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a performance officer of the owning partnership",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryPlanResponse put(@PathParam("code") String code, @Valid DeliveryPlanRequest request) {
        return DeliveryPlanResponse.of(service.put(Actor.of(caller), code, request));
    }
}
