package org.jointcommissioning.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.budgets.service.PartnerService;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;

@Path("/api/partners")
@RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.PARTNERSHIP_ADMIN,
        Roles.AUDITOR})
@Tag(name = "Partners", description = "The members of the partnership that pool money")
public class PartnerResource {

    @Inject
    PublicLinks links;

    @Inject
    PartnerService partners;

    @POST
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Add a partner", description = "Its id is the org_id its people carry in their tokens.")
    @APIResponse(responseCode = "201", description = "The partner was added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PartnerResponse.class)))
    @APIResponse(responseCode = "400", description = "The request breaks a rule", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A partner with this id exists", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull PartnerRequest request) {
        PartnerResponse partner = PartnerResponse.of(partners.create(request.draft()));
        return Response.created(links.to("/api/partners/" + partner.id())).entity(partner).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List the partners", description = "Sorted by id.")
    @APIResponse(responseCode = "200", description = "A page of partners")
    public Page<PartnerResponse> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return partners.list(PageRequest.of(page, size)).map(PartnerResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a partner")
    @APIResponse(responseCode = "200", description = "The partner")
    @APIResponse(responseCode = "404", description = "No such partner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnerResponse get(@PathParam("id") @Size(max = 64) String id) {
        return PartnerResponse.of(partners.get(id));
    }
}
