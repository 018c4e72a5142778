package org.jointcommissioning.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.service.FundAccess;
import org.jointcommissioning.budgets.service.Ledger;
import org.jointcommissioning.budgets.service.ReservationService;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;

@Path("/api/funds/{fundId}/reservations")
@RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.PARTNERSHIP_ADMIN,
        Roles.AUDITOR})
@Tag(name = "Reservations", description = "Money held for awards, made only by the award saga: reserved while the "
        + "award is pending, committed once the contract is announced, released when it is cancelled")
public class ReservationResource {

    @Inject
    FundAccess access;

    @Inject
    Ledger ledger;

    @Inject
    ReservationService reservations;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List a fund's reservations and commitments", description = "In the order they were made, "
            + "each with the award behind it; read by the people of the fund's members (its host among them), admins "
            + "and auditors.")
    @APIResponse(responseCode = "200", description = "A page of reservations")
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ReservationResponse> list(@PathParam("fundId") @Size(max = 36) String fundId, @QueryParam("page") Integer page,
                                          @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        PooledFund fund = access.readable(fundId);
        return reservations.listOf(fund, request).map(r ->
                ReservationResponse.of(r, ledger.balancesOfAward(fund.id, r.awardId), fund.currency));
    }
}
