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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.budgets.domain.BudgetLine;
import org.jointcommissioning.budgets.domain.FinancialYear;
import org.jointcommissioning.budgets.domain.FundYear;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.service.BudgetPlans;
import org.jointcommissioning.budgets.service.FinancialYears;
import org.jointcommissioning.budgets.service.FundAccess;
import org.jointcommissioning.budgets.service.Forecasts;
import org.jointcommissioning.budgets.service.YearAccounts;
import org.jointcommissioning.budgets.service.YearEnd;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Path("/api/funds/{fundId}/years")
@RolesAllowed({Roles.COMMISSIONER, Roles.FINANCE_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.PARTNERSHIP_ADMIN,
        Roles.AUDITOR})
@Tag(name = "Financial years", description = "A fund's years (1 April to 31 March): budget lines, forecasts, the "
        + "close with its risk-share settlement, and carry-forward. The host's finance managers run them; each "
        + "member's finance manager approves a carry-forward for its own partner; members' people read them")
public class YearResource {

    private static final String YEAR_PATTERN = "^[0-9]{4}-[0-9]{2}$";

    @Inject
    FinancialYears years;

    @Inject
    BudgetPlans plans;

    @Inject
    Forecasts forecasts;

    @Inject
    YearAccounts accounts;

    @Inject
    YearEnd yearEnd;

    @Inject
    FundAccess access;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicLinks links;

    @POST
    @Transactional
    @RolesAllowed(Roles.FINANCE_MANAGER)
    @Operation(summary = "Open a financial year", description = "By a finance manager of the host partner, with the "
            + "rule that will settle the year's over- or underspend (without one, the fund's own rule and shares). "
            + "Noted in the ledger and announced as FinancialYearOpened.")
    @APIResponse(responseCode = "201", description = "The year, open", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a financial year, shares that do not sum to 100 or name "
            + "a non-member, a waterfall without its tranche, or no Idempotency-Key", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance manager of the host partner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The year is already open, or the fund is closed", content =
    @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(@PathParam("fundId") @Size(max = 36) String fundId,
                         @Parameter(description = "A key unique to this request", required = true)
                         @HeaderParam(Idempotency.HEADER) String key,
                         @Valid @NotNull YearRequest request) {
        return idempotency.once("open-year:" + fundId, key, request, () -> {
            FundYear year = years.open(fundId, request.draft());
            return Response.created(links.to("/api/funds/" + fundId + "/years/" + year.label))
                    .entity(YearResponse.of(access.readable(fundId), year)).build();
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List a fund's financial years", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The years", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, maxItems = FinancialYear.MAX_PER_FUND,
                    implementation = YearResponse.class)),
                    @Content(mediaType = CsvListWriter.TEXT_CSV)})
    @APIResponse(responseCode = "404", description = "No such fund, or not one the caller may see", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<@Valid YearResponse> list(@PathParam("fundId") @Size(max = 36) String fundId) {
        PooledFund fund = access.readable(fundId);
        return years.of(fund).stream().map(y -> YearResponse.of(fund, y)).toList();
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "Read a financial year", description = "Its terms, status and carry-forward approvals.")
    @APIResponse(responseCode = "200", description = "The year")
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public YearResponse get(@PathParam("fundId") @Size(max = 36) String fundId, @PathParam("year") @Size(max = 7) String year) {
        PooledFund fund = access.readable(fundId);
        return YearResponse.of(fund, years.get(fund, year));
    }

    @GET
    @Path("/{year}/statement")
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "A year's statement by budget line", description = "Budget, committed, spent, available, "
            + "forecast and variance per line and in total; the year's resources, outturn and variance; once "
            + "closed, each member's share.")
    @APIResponse(responseCode = "200", description = "The statement")
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public YearStatementResponse statement(@PathParam("fundId") @Size(max = 36) String fundId,
                                           @PathParam("year") @Size(max = 7) String year) {
        PooledFund fund = access.readable(fundId);
        return YearStatementResponse.of(fund.id, accounts.statement(fund, years.get(fund, year)), fund.currency);
    }

    @PUT
    @Path("/{year}/lines/{line}")
    @Transactional
    @RolesAllowed(Roles.FINANCE_MANAGER)
    @Operation(summary = "Set a budget line of an open year", description = "By a finance manager of the host "
            + "partner: sets up the line or gives it a new name and budget (announced as BudgetLineSet). A line's "
            + "code stays the same from year to year, so commitments on it carry into the next year's line. The "
            + "same name and budget again change nothing.")
    @APIResponse(responseCode = "200", description = "The line", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetLineResponse.class)))
    @APIResponse(responseCode = "400", description = "A line code, name or budget that breaks a rule", content =
    @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance manager of the host partner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The year is closed, or a new line would be one more than the "
            + BudgetPlans.MAX_LINES + " a year may have", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BudgetLineResponse setLine(@PathParam("fundId") @Size(max = 36) String fundId,
                                      @PathParam("year") @Size(max = 7) String year,
                                      @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 40,
                                              pattern = "^[a-z0-9][a-z0-9-]{0,39}$"))
                                      @PathParam("line") @jakarta.validation.constraints.Pattern(
                                              regexp = "[a-z0-9][a-z0-9-]{0,39}",
                                              message = "must be lower-case letters, digits and dashes") String line,
                                      @Valid @NotNull BudgetLineRequest request) {
        PooledFund fund = access.readable(fundId);
        BudgetLine set = plans.setLine(fundId, year, line, request.name(), request.budget());
        return BudgetLineResponse.of(set, fund.currency);
    }

    @GET
    @Path("/{year}/lines")
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List the budget lines of a year", description = "By code.")
    @APIResponse(responseCode = "200", description = "The lines", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, maxItems = BudgetPlans.MAX_LINES,
                    implementation = BudgetLineResponse.class)),
                    @Content(mediaType = CsvListWriter.TEXT_CSV)})
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<@Valid BudgetLineResponse> lines(@PathParam("fundId") @Size(max = 36) String fundId,
                                                 @PathParam("year") @Size(max = 7) String year) {
        PooledFund fund = access.readable(fundId);
        return plans.linesOf(fund, years.get(fund, year)).stream()
                .map(l -> BudgetLineResponse.of(l, fund.currency)).toList();
    }

    @POST
    @Path("/{year}/forecasts")
    @Transactional
    @RolesAllowed(Roles.FINANCE_MANAGER)
    @Operation(summary = "Record a month's forecast outturn", description = "By a finance manager of the host "
            + "partner: the whole year's expected outturn for some or all of its lines, as at a month of an open "
            + "year; a line forecast again for the same month replaces its figure. Announced as ForecastRecorded.")
    @APIResponse(responseCode = "201", description = "The year's forecast as at the month", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonthForecastResponse.class)))
    @APIResponse(responseCode = "400", description = "A month outside the year, an unknown line, a field that "
            + "breaks a rule, or no Idempotency-Key", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance manager of the host partner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The year is closed, or the Idempotency-Key was used with "
            + "another body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response recordForecast(@PathParam("fundId") @Size(max = 36) String fundId,
                                   @PathParam("year") @Size(max = 7) String year,
                                   @Parameter(description = "A key unique to this request", required = true)
                                   @HeaderParam(Idempotency.HEADER) String key,
                                   @Valid @NotNull ForecastRequest request) {
        return idempotency.once("record-forecast:" + fundId + ":" + year, key, request, () -> {
            Map<String, Money> byLine = new LinkedHashMap<>();
            request.lines().forEach(l -> byLine.put(l.line(), l.forecast()));
            forecasts.record(fundId, year, Months.parse("month", request.month()), byLine);
            return Response.created(links.to(years(fundId) + "/" + year + "/forecasts"))
                    .entity(asAt(fundId, year, request.month())).build();
        });
    }

    @GET
    @Path("/{year}/forecasts")
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "The forecast series of a year", description = "Month by month from the first forecast to the latest: "
            + "each line's latest forecast as at the month, with budget and variance, for a chart.")
    @APIResponse(responseCode = "200", description = "The series", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, maxItems = FinancialYear.MONTHS,
                    implementation = MonthForecastResponse.class)),
                    @Content(mediaType = CsvListWriter.TEXT_CSV)})
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<@Valid MonthForecastResponse> series(@PathParam("fundId") @Size(max = 36) String fundId,
                                                     @PathParam("year") @Size(max = 7) String year) {
        PooledFund fund = access.readable(fundId);
        FundYear fundYear = years.get(fund, year);
        Map<String, BigDecimal> budgets = budgets(fund, fundYear);
        return forecasts.series(fund, fundYear).stream().map(m -> MonthForecastResponse.of(m.month().toString(),
                m.byLine(), budgets, fund.currency)).toList();
    }

    @GET
    @Path("/{year}/forecasts/proposal")
    @Operation(summary = "The platform's proposed forecast for a month", description = "Per line: spent in the year "
            + "to the month's end plus the instalments of its commitments' payment schedules due after it within "
            + "the year.")
    @APIResponse(responseCode = "200", description = "The proposal")
    @APIResponse(responseCode = "400", description = "month is missing, not a month, or outside the year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MonthForecastResponse proposal(@PathParam("fundId") @Size(max = 36) String fundId,
                                          @PathParam("year") @Size(max = 7) String year,
                                          @Parameter(required = true, example = "2026-07", schema = @Schema(
                                                  type = SchemaType.STRING, maxLength = 7))
                                          @QueryParam("month") String month) {
        PooledFund fund = access.readable(fundId);
        FundYear fundYear = years.get(fund, year);
        return MonthForecastResponse.of(month, forecasts.proposal(fund, fundYear, Months.parse("month", month)),
                budgets(fund, fundYear), fund.currency);
    }

    @POST
    @Path("/{year}/forecasts/proposal/accept")
    @Transactional
    @RolesAllowed(Roles.FINANCE_MANAGER)
    @Operation(summary = "Accept the proposed forecast for a month", description = "By a finance manager of the "
            + "host partner: the proposal becomes the month's forecast of every line (announced as "
            + "ForecastRecorded, accepted-proposal).")
    @APIResponse(responseCode = "201", description = "The year's forecast as at the month", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonthForecastResponse.class)))
    @APIResponse(responseCode = "400", description = "A month outside the year, or no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance manager of the host partner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The year is closed or has no budget lines", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response acceptProposal(@PathParam("fundId") @Size(max = 36) String fundId,
                                   @PathParam("year") @Size(max = 7) String year,
                                   @Parameter(description = "A key unique to this request", required = true)
                                   @HeaderParam(Idempotency.HEADER) String key,
                                   @Valid @NotNull AcceptProposalRequest request) {
        return idempotency.once("accept-forecast:" + fundId + ":" + year, key, request, () -> {
            forecasts.acceptProposal(fundId, year, Months.parse("month", request.month()));
            return Response.created(links.to(years(fundId) + "/" + year + "/forecasts"))
                    .entity(asAt(fundId, year, request.month())).build();
        });
    }

    @POST
    @Path("/{year}/close")
    @Produces(MediaType.APPLICATION_JSON) // its statement could be a table, but this answer is never CSV
    @Transactional
    @RolesAllowed(Roles.FINANCE_MANAGER)
    @Operation(summary = "Close a financial year", description = "By a finance manager of the host partner, from "
            + "the day after the year ends. Fixes the year's figures, shares the variance among the members by the "
            + "year's rule (whole pence adding up exactly), and posts it on the year's last day: an overspend share "
            + "is owed by each partner as a further contribution, an underspend share is held until carried forward "
            + "or returned. Open commitments roll into the next year. Nothing posts to the year afterwards. "
            + "Announced as FinancialYearClosed.")
    @APIResponse(responseCode = "200", description = "The statement of the closed year", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearStatementResponse.class)))
    @APIResponse(responseCode = "400", description = "No Idempotency-Key", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance manager of the host partner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The year is closed already or has not ended", content =
    @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response close(@PathParam("fundId") @Size(max = 36) String fundId,
                          @PathParam("year") @Size(max = 7) String year,
                          @Parameter(description = "A key unique to this request", required = true)
                          @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.once("close-year:" + fundId, key, year, () -> {
            FundYear closed = yearEnd.close(fundId, year);
            PooledFund fund = access.readable(fundId);
            return Response.ok(YearStatementResponse.of(fund.id, accounts.statement(fund, closed), fund.currency))
                    .build();
        });
    }

    @GET
    @Path("/{year}/partners")
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "A closed year's statement per partner", description = "What each partner contributed, "
            + "had carried in, its share of the variance and what it bore of the outturn; the partners' parts add up "
            + "to the outturn to the penny, and each names the journal entries of the settlement to tick.")
    @APIResponse(responseCode = "200", description = "The statements")
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The year is not closed", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnerYearStatementsResponse partners(@PathParam("fundId") @Size(max = 36) String fundId,
                                                  @PathParam("year") @Size(max = 7) String year) {
        PooledFund fund = access.readable(fundId);
        FundYear fundYear = years.get(fund, year);
        List<YearAccounts.PartnerYear> statements = accounts.partnerStatements(fund, fundYear);
        return PartnerYearStatementsResponse.of(fund.id, year, fundYear.figures(), statements, fund.currency);
    }

    @POST
    @Path("/{year}/carry-forward/approvals")
    @Transactional
    @RolesAllowed(Roles.FINANCE_MANAGER)
    @Operation(summary = "Approve carrying a closed year's underspend forward", description = "By a finance manager "
            + "of a member, for its own partner (announced as CarryForwardApproved). When every member has "
            + "approved, the held underspend is posted to each partner's capital on the first day of the next "
            + "year, which must be open (announced as UnderspendSettled, carried-forward). Approving again changes "
            + "nothing.")
    @APIResponse(responseCode = "200", description = "The year, with the approvals so far", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearResponse.class)))
    @APIResponse(responseCode = "400", description = "No Idempotency-Key", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance manager of a member", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The year has no underspend awaiting a decision, or the next "
            + "year is not open", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response approveCarryForward(@PathParam("fundId") @Size(max = 36) String fundId,
                                        @PathParam("year") @Size(max = 7) String year,
                                        @Parameter(description = "A key unique to this request", required = true)
                                        @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.once("approve-carry-forward:" + fundId, key, year, () -> {
            FundYear approved = yearEnd.approveCarryForward(fundId, year);
            return Response.ok(YearResponse.of(access.readable(fundId), approved)).build();
        });
    }

    @POST
    @Path("/{year}/underspend/return")
    @Transactional
    @RolesAllowed(Roles.FINANCE_MANAGER)
    @Operation(summary = "Return a closed year's underspend to the partners", description = "By a finance manager "
            + "of the host partner, instead of carrying it forward: each partner's share, first by cancelling what "
            + "it has yet to pay of its pledges, the rest in cash, posted today (announced as UnderspendSettled, "
            + "returned).")
    @APIResponse(responseCode = "200", description = "The year", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearResponse.class)))
    @APIResponse(responseCode = "400", description = "No Idempotency-Key", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a finance manager of the host partner", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such fund or year, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No underspend awaiting a decision, or not enough cash",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response returnUnderspend(@PathParam("fundId") @Size(max = 36) String fundId,
                                     @PathParam("year") @Size(max = 7) String year,
                                     @Parameter(description = "A key unique to this request", required = true)
                                     @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.once("return-underspend:" + fundId, key, year, () -> {
            FundYear returned = yearEnd.returnUnderspend(fundId, year);
            return Response.ok(YearResponse.of(access.readable(fundId), returned)).build();
        });
    }

    private static String years(String fundId) {
        return "/api/funds/" + fundId + "/years";
    }

    private MonthForecastResponse asAt(String fundId, String year, String month) {
        PooledFund fund = access.readable(fundId);
        FundYear fundYear = years.get(fund, year);
        Map<String, BigDecimal> byLine = forecasts.series(fund, fundYear).stream()
                .filter(m -> m.month().toString().equals(month)).findFirst().map(Forecasts.MonthForecast::byLine)
                .orElse(Map.of());
        return MonthForecastResponse.of(month, byLine, budgets(fund, fundYear), fund.currency);
    }

    private Map<String, BigDecimal> budgets(PooledFund fund, FundYear year) {
        return plans.linesOf(fund, year).stream().collect(Collectors.toMap(l -> l.code, l -> l.budget));
    }
}
