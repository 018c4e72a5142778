package org.jointcommissioning.commissioning.rest;

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
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.common.concurrency.IfMatch;
import org.jointcommissioning.commissioning.service.OpportunityAccess;
import org.jboss.resteasy.reactive.RestResponse;
import org.jointcommissioning.commissioning.service.OpportunityFilter;
import org.jointcommissioning.commissioning.service.OpportunitySearch;
import org.jointcommissioning.commissioning.service.OpportunityService;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.web.PublicLinks;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;

import java.math.BigDecimal;

@Path("/api/opportunities")
@Tag(name = "Opportunities")
public class OpportunityResource {

    @Inject
    PublicLinks links;

    @Inject
    OpportunityService opportunities;

    @Inject
    OpportunitySearch search;

    @Inject
    OpportunityAccess access;

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Create a draft opportunity owned by the caller's partner",
            description = "Criteria left out are the framework's. The fund must be open and the caller's partner one "
                    + "of its members, else 400 naming fundId (one message whether the fund is unknown, closed or not "
                    + "the partner's). Publishing checks deadlines, weights and lots.")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public Response create(@NotNull @Valid OpportunityRequest request) {
        Opportunity opportunity = opportunities.create(request);
        return Response.created(links.to("/api/opportunities/" + opportunity.id)).entity(view(opportunity)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Replace a draft's editable fields",
            description = "Only while the opportunity is a draft; the fund is checked as on creation.")
    @APIResponse(responseCode = "200", description = "The draft; the ETag header names its new version")
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommissioningApi.CONFLICT)
    @APIResponse(responseCode = "412", ref = CommissioningApi.PRECONDITION_FAILED)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public RestResponse<OpportunityResponse> update(@PathParam("id") String id,
                                                    @Parameter(description = "The ETag read; refused with 412 if stale")
                                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                                    @NotNull @Valid OpportunityRequest request) {
        return tagged(opportunities.update(id, request, ifMatch));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an opportunity",
            description = "Public once published; a draft only to its owning partner's commissioners, the "
                    + "partnership admin and auditors.")
    @APIResponse(responseCode = "200", description = "The opportunity; the ETag header names its version")
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    public RestResponse<OpportunityResponse> get(@PathParam("id") String id) {
        return tagged(access.visible(id));
    }

    @GET
    @Operation(summary = "List and search opportunities",
            description = "Public: published, closed and awarded opportunities; a commissioner also sees every "
                    + "opportunity of their partner. Sorted by submission deadline, then id.")
    @APIResponse(responseCode = "200", description = "A page of opportunities")
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    public Page<OpportunityResponse> list(
            @Parameter(description = "Words that must all appear in the title or description") @QueryParam("q") String q,
            @Parameter(description = "draft, published, closed, awarded, unsuccessful or cancelled")
            @QueryParam("status") String status,
            @Parameter(description = "A theme of the opportunity's framework") @QueryParam("theme") String theme,
            @Parameter(description = "An indicator code the opportunity should move") @QueryParam("indicator")
            String indicator,
            @Parameter(description = "Least total estimated value (GBP)") @QueryParam("minValue") String minValue,
            @Parameter(description = "Greatest total estimated value (GBP)") @QueryParam("maxValue") String maxValue,
            @QueryParam("frameworkId") String frameworkId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        OpportunityFilter filter = new OpportunityFilter(q,
                status == null ? null : OpportunityStatus.parse("status", status), theme, indicator,
                amount("minValue", minValue), amount("maxValue", maxValue), frameworkId);
        return search.search(filter, paging).map(this::view);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Publish a draft",
            description = "Checks the deadlines (in the future, with the configured minimum notice), the lots, "
                    + "reserved lots against the framework, the criteria, and again that the fund is open with the "
                    + "owning partner a member; emits OpportunityPublished.")
    @APIResponse(responseCode = "200", description = "The published opportunity")
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommissioningApi.CONFLICT)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public OpportunityResponse publish(@PathParam("id") String id) {
        return view(opportunities.publish(id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Cancel a published or closed opportunity", description = "Emits OpportunityCancelled.")
    @APIResponse(responseCode = "200", description = "The cancelled opportunity")
    @APIResponse(responseCode = "400", ref = CommissioningApi.INVALID)
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommissioningApi.CONFLICT)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public OpportunityResponse cancel(@PathParam("id") String id, @NotNull @Valid CancelRequest request) {
        return view(opportunities.cancel(id, request.reason()));
    }

    @POST
    @Path("/{id}/declare-unsuccessful")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Close a closed opportunity without an award", description = "The status becomes unsuccessful.")
    @APIResponse(responseCode = "200", description = "The unsuccessful opportunity")
    @APIResponse(responseCode = "404", ref = CommissioningApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CommissioningApi.CONFLICT)
    @APIResponse(responseCode = "401", ref = CommissioningApi.UNAUTHENTICATED)
    @APIResponse(responseCode = "403", ref = CommissioningApi.FORBIDDEN)
    public OpportunityResponse declareUnsuccessful(@PathParam("id") String id) {
        return view(opportunities.declareUnsuccessful(id));
    }

    private RestResponse<OpportunityResponse> tagged(Opportunity opportunity) {
        return RestResponse.ResponseBuilder.ok(view(opportunity)).header(HttpHeaders.ETAG, IfMatch.etag(opportunity.version)).build();
    }

    private OpportunityResponse view(Opportunity opportunity) {
        return OpportunityResponse.of(opportunity, opportunities.awardedLots(opportunity.id));
    }

    private static BigDecimal amount(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "must be a decimal amount");
        }
    }
}
