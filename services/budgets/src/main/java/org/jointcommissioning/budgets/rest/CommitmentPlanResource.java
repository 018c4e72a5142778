package org.jointcommissioning.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.service.BudgetPlans;
import org.jointcommissioning.budgets.service.FundAccess;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.Problem;

@Path("/api/funds/{fundId}/commitments/{awardId}")
@RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.PARTNERSHIP_ADMIN,
        Roles.AUDITOR})
@Tag(name = "Financial years")
public class CommitmentPlanResource {

    @Inject
    BudgetPlans plans;

    @Inject
    FundAccess access;

    @PUT
    @Transactional
    @RolesAllowed(Roles.FINANCE_MANAGER)
    @Operation(summary = "Put an award's commitment on a budget line, with its payment schedule", description = "By "
            + "a finance manager of the host partner, from the contract (awards arrive from commissioning without "
            + "either). The award's reservation, commitment and payments then fall on the line, and the schedule "
            + "feeds the proposed forecasts. Setting it again replaces it. Announced as CommitmentScheduled.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitmentPlanResponse.class)))
    @APIResponse(responseCode = "400", description = "A line no year of the fund has, a schedule that does not add "
            + "up to the award's amount or names a month twice, or a field that breaks a rule", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance manager of the host partner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund, or no money of it held for the award",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The award was cancelled", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CommitmentPlanResponse plan(@PathParam("fundId") @Size(max = 36) String fundId,
                                       @PathParam("awardId") @Size(max = 200) String awardId,
                                       @Valid @NotNull CommitmentPlanRequest request) {
        PooledFund fund = access.readable(fundId);
        var schedule = request.schedule().stream().map(i -> new BudgetPlans.Instalment(
                Months.parse("schedule.month", i.month()), i.amount())).toList();
        return CommitmentPlanResponse.of(plans.plan(fundId, awardId, request.line(), schedule), fund.currency);
    }

    @GET
    @Operation(summary = "Read the line and payment schedule of an award's commitment")
    @APIResponse(responseCode = "200", description = "The plan")
    @APIResponse(responseCode = "404", description = "No such fund, or no plan for the award", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CommitmentPlanResponse get(@PathParam("fundId") @Size(max = 36) String fundId,
                                      @PathParam("awardId") @Size(max = 200) String awardId) {
        PooledFund fund = access.readable(fundId);
        return CommitmentPlanResponse.of(plans.planOf(fund, awardId), fund.currency);
    }
}
