package org.jointcommissioning.budgets.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.service.FundService;
import org.jointcommissioning.budgets.service.Ledger;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.json.StrictDates;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.common.web.PublicLinks;

import java.time.LocalDate;

@Path("/api/funds")
@RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.PARTNERSHIP_ADMIN,
        Roles.AUDITOR})
@Tag(name = "Pooled funds", description = "Funds, their members, their journal and their statements. A fund is read "
        + "by the people of its member partners, admins and auditors; anyone else is told it does not exist")
public class FundResource {

    @Inject
    FundService funds;

    @Inject
    Ledger ledger;

    @Inject
    PublicLinks links;

    @POST
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Set up a pooled fund", description = "With its members, the host always among them. The "
            + "opening is noted in the fund's ledger and announced as FundMembershipChanged.")
    @APIResponse(responseCode = "201", description = "The fund was set up, open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FundResponse.class)))
    @APIResponse(responseCode = "400", description = "The request breaks a rule, names an unknown partner or a member "
            + "twice, gives a fixed share to a partner that is not a member, or its fixed shares do not sum to 100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull FundRequest request) {
        FundResponse fund = FundResponse.of(funds.create(request.draft()));
        return Response.created(links.to("/api/funds/" + fund.id())).entity(fund).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List the funds the caller may see", description = "Sorted by creation time, then id.")
    @APIResponse(responseCode = "200", description = "A page of funds")
    public Page<FundResponse> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return funds.list(PageRequest.of(page, size)).map(FundResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a fund")
    @APIResponse(responseCode = "200", description = "The fund")
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FundResponse get(@PathParam("id") @Size(max = 36) String id) {
        return FundResponse.of(funds.get(id));
    }

    @PUT
    @Path("/{id}/members")
    @RolesAllowed({Roles.PARTNERSHIP_ADMIN, Roles.FINANCE_MANAGER})
    @Operation(summary = "Set a fund's members", description = "By the partnership admin or a finance manager of the "
            + "host partner. The host is always a member and is added when not named. A partner that has pledged or "
            + "paid money into the fund, or holds a fixed share, stays a member; a closed fund's members no longer "
            + "change. A change is noted in the fund's ledger (who changed the members from what to what) and "
            + "announced as FundMembershipChanged; the same members again change nothing.")
    @APIResponse(responseCode = "200", description = "The fund with its members",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FundResponse.class)))
    @APIResponse(responseCode = "400", description = "No members, more than 50, a partner named twice, or an unknown "
            + "partner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the admin, nor a finance manager of the host partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The fund is closed, or the change would remove a partner with "
            + "money in the fund or a holder of a fixed share (the problem names it)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FundResponse changeMembers(@PathParam("id") @Size(max = 36) String id, @Valid @NotNull FundMembersRequest request) {
        return FundResponse.of(funds.changeMembers(id, request.members()));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.PARTNERSHIP_ADMIN)
    @Operation(summary = "Close a fund", description = "A closed fund takes no new pledges and funds no new awards, "
            + "and its members no longer change; receipts and payments of existing commitments go on. The closing is "
            + "noted in the fund's ledger and announced as FundMembershipChanged (not open).")
    @APIResponse(responseCode = "200", description = "The fund, closed")
    @APIResponse(responseCode = "404", description = "No such fund", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The fund is already closed", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FundResponse close(@PathParam("id") @Size(max = 36) String id) {
        return FundResponse.of(funds.close(id));
    }

    @GET
    @Path("/{id}/statement")
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "The fund's statement on a date", description = "Every figure is summed from the journal "
            + "entries effective on or before the date.")
    @APIResponse(responseCode = "200", description = "The statement")
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementResponse statement(@PathParam("id") @Size(max = 36) String id,
                                       @Parameter(description = "The date (default today, UTC)", example = "2027-03-31",
                                               schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
                                       @QueryParam("asOf") String asOf) {
        PooledFund fund = funds.get(id);
        return StatementResponse.of(fund.id, fund.riskShareRule, ledger.statement(fund, dateOf(asOf)), fund.currency);
    }

    @GET
    @Path("/{id}/ledger")
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "The fund's journal", description = "Entries in the order they were written, numbered "
            + "from 1 within the fund: movements of money, each with lines whose debits equal their credits, and "
            + "notes of the fund's opening, membership changes and closing, which have no lines.")
    @APIResponse(responseCode = "200", description = "A page of journal entries")
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<LedgerEntryResponse> ledger(@PathParam("id") @Size(max = 36) String id, @QueryParam("page") Integer page,
                                            @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        PooledFund fund = funds.get(id);
        return ledger.entriesOf(fund, request).map(e -> LedgerEntryResponse.of(e, fund.currency));
    }

    private LocalDate dateOf(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return ledger.today();
        }
        return StrictDates.date(asOf).orElseThrow(() -> ProblemException.invalidField("asOf", StrictDates.DATE_RULE));
    }
}
