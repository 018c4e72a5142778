package org.jointcommissioning.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.budgets.domain.Contribution;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.service.ContributionService;
import org.jointcommissioning.budgets.service.FundAccess;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;

@Path("/api/funds/{fundId}/contributions")
@RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.PARTNERSHIP_ADMIN,
        Roles.AUDITOR})
@Tag(name = "Contributions", description = "Partners' pledges to a fund and the money they pay in")
public class ContributionResource {

    @Inject
    PublicLinks links;

    @Inject
    ContributionService contributions;

    @Inject
    FundAccess access;

    @Inject
    Idempotency idempotency;

    @POST
    @Transactional
    @RolesAllowed({Roles.FINANCE_MANAGER, Roles.PARTNERSHIP_ADMIN})
    @Operation(summary = "Record a pledge or a receipt", description = "Only for a member of the fund: a finance "
            + "manager of a member records only their own partner's contributions, the admin any member's. A "
            + "contribution never makes a partner a member. A receipt may not exceed the partner's outstanding pledge "
            + "unless it is flagged additional. The same Idempotency-Key and body answer with the first result.")
    @APIResponse(responseCode = "201", description = "The contribution was recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContributionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid amount, currency or field, unknown partner, or no "
            + "Idempotency-Key", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A finance manager recording another partner's contribution",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see (the caller's "
            + "partner is not a member)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A partner that is not a member of the fund, a receipt beyond "
            + "the outstanding pledge, a pledge to a closed fund, or the Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("fundId") @Size(max = 36) String fundId,
                           @Parameter(description = "A key unique to this contribution", required = true)
                           @HeaderParam(Idempotency.HEADER) String key,
                           @Valid @NotNull ContributionRequest request) {
        return idempotency.once("record-contribution:" + fundId, key, request, () -> {
            Contribution contribution = contributions.record(fundId, request.draft());
            ContributionResponse body = ContributionResponse.of(contribution, request.amount().currency());
            return Response.created(links.to("/api/funds/" + fundId + "/contributions/" + body.id()))
                    .entity(body).build();
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List a fund's contributions", description = "In the order they were recorded.")
    @APIResponse(responseCode = "200", description = "A page of contributions")
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ContributionResponse> list(@PathParam("fundId") @Size(max = 36) String fundId, @QueryParam("page") Integer page,
                                           @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        PooledFund fund = access.readable(fundId);
        return contributions.listOf(fund, request).map(c -> ContributionResponse.of(c, fund.currency));
    }

    @GET
    @Path("/{contributionId}")
    @Operation(summary = "Read a contribution")
    @APIResponse(responseCode = "200", description = "The contribution")
    @APIResponse(responseCode = "404", description = "No such fund or contribution", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContributionResponse get(@PathParam("fundId") @Size(max = 36) String fundId,
                                    @PathParam("contributionId") @Size(max = 36) String contributionId) {
        PooledFund fund = access.readable(fundId);
        return ContributionResponse.of(contributions.get(fund, contributionId), fund.currency);
    }
}
