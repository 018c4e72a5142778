package org.jointcommissioning.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.repository.JournalRepository;
import org.jointcommissioning.budgets.service.FundService;
import org.jointcommissioning.budgets.service.Ledger;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Path("/api/funds")
@RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.PARTNERSHIP_ADMIN,
        Roles.AUDITOR})
@Tag(name = "Pooled funds", description = "Funds, their journal and their statements. Readable by the people of any "
        + "partner taking part in the fund (host, fixed-share holder or contributor), admins and auditors")
public class FundResource {

    @Inject
    FundService funds;

    @Inject
    Ledger ledger;

    @Inject
    JournalRepository journal;

    @POST
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Set up a pooled fund")
    @APIResponse(responseCode = "201", description = "The fund was set up, open",
            content = @Content(schema = @Schema(implementation = FundResponse.class)))
    @APIResponse(responseCode = "400", description = "The request breaks a rule, names an unknown partner, or its "
            + "fixed shares do not sum to 100", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull FundRequest request) {
        FundResponse fund = FundResponse.of(funds.create(request));
        return Response.created(URI.create("/api/funds/" + fund.id())).entity(fund).build();
    }

    @GET
    @Operation(summary = "List the funds the caller may see", description = "Sorted by creation time, then id.")
    @APIResponse(responseCode = "200", description = "A page of funds")
    @APIResponse(responseCode = "400", description = "page or size out of range", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<FundResponse> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return funds.list(PageRequest.of(page, size)).map(FundResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a fund")
    @APIResponse(responseCode = "200", description = "The fund")
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FundResponse get(@PathParam("id") String id) {
        return FundResponse.of(funds.get(id));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Close a fund", description = "A closed fund takes no new pledges and funds no new awards; "
            + "receipts and payments of existing commitments go on.")
    @APIResponse(responseCode = "200", description = "The fund, closed")
    @APIResponse(responseCode = "404", description = "No such fund", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The fund is already closed", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FundResponse close(@PathParam("id") String id) {
        return FundResponse.of(funds.close(id));
    }

    @GET
    @Path("/{id}/statement")
    @Operation(summary = "The fund's statement on a date", description = "Every figure is summed from the journal "
            + "entries effective on or before the date.")
    @APIResponse(responseCode = "200", description = "The statement")
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementResponse statement(@PathParam("id") String id,
                                       @Parameter(description = "The date (default today, UTC)", example = "2027-03-31")
                                       @QueryParam("asOf") String asOf) {
        PooledFund fund = funds.get(id);
        return StatementResponse.of(fund.id, fund.riskShareRule, ledger.statement(fund, dateOf(asOf)), fund.currency);
    }

    @GET
    @Path("/{id}/ledger")
    @Operation(summary = "The fund's journal", description = "Entries in the order they were written, each with "
            + "lines whose debits equal their credits.")
    @APIResponse(responseCode = "200", description = "A page of journal entries")
    @APIResponse(responseCode = "400", description = "page or size out of range", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<LedgerEntryResponse> ledger(@PathParam("id") String id, @QueryParam("page") Integer page,
                                            @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        PooledFund fund = funds.get(id);
        return journal.pageOfFund(fund.id, request).map(e -> LedgerEntryResponse.of(e, fund.currency));
    }

    private LocalDate dateOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return ledger.today();
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("asOf", "must be a date such as 2027-03-31");
        }
    }
}
