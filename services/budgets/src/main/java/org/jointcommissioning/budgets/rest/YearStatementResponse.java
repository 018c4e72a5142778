package org.jointcommissioning.budgets.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.UnderspendDecision;
import org.jointcommissioning.budgets.domain.YearFigures;
import org.jointcommissioning.budgets.domain.YearStatement;
import org.jointcommissioning.budgets.domain.YearStatus;
import org.jointcommissioning.budgets.service.FundMembers;
import org.jointcommissioning.common.csv.CsvTable;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A year's position by budget line on a date (today while the year runs, its last day once "
        + "ended): per line its budget, what is committed (open), spent in the year, available (budget less both), "
        + "and the latest forecast with its variance (budget less forecast). Then the year's figures: resources "
        + "(contributions dated in the year and underspend carried in), outturn (spent, plus commitments rolling out "
        + "at its end, less those rolled in from the year before) and variance (resources less outturn: above zero "
        + "an underspend). Fixed at the close, with each member's share")
public record YearStatementResponse(
        @Schema(required = true, maxLength = 36) String fundId,
        @Schema(required = true, maxLength = 7) String year,
        @Schema(required = true) YearStatus status,
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true, maxItems = 200) List<Line> lines,
        @Schema(required = true) Line total,
        @Schema(required = true, description = "Spent on awards put on no line of the year") Money unassignedSpent,
        @Schema(required = true, description = "Committed to awards put on no line of the year")
        Money unassignedCommitted,
        @Schema(required = true) Money contributions,
        @Schema(required = true) Money carriedIn,
        @Schema(required = true) Money resources,
        @Schema(required = true) Money spent,
        @Schema(required = true) Money rolledIn,
        @Schema(required = true) Money rolledOut,
        @Schema(required = true) Money outturn,
        @Schema(required = true) Money variance,
        @Schema(required = true) UnderspendDecision underspendDecision,
        @Schema(description = "Once closed: each member's share of the variance, in id order, adding up to it",
                maxItems = FundMembers.MAX) List<Share> shares) implements CsvTable {

    @Schema(name = "PartnerShare", description = "A member's share of the year's variance")
    public record Share(@Schema(required = true, maxLength = 64) String partnerId, @Schema(required = true) Money amount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "YearStatementLine", description = "A budget line's position, or the year's total (no line)")
    public record Line(
            @Schema(maxLength = 40) String line,
            @Schema(maxLength = 200) String name,
            @Schema(required = true) Money budget,
            @Schema(required = true) Money committed,
            @Schema(required = true) Money spent,
            @Schema(required = true) Money available,
            @Schema(description = "The latest forecast outturn, when one was recorded") Money forecast,
            @Schema(maxLength = 7, description = "The month of that forecast") String forecastMonth,
            @Schema(description = "Budget less forecast") Money forecastVariance) {

        static Line of(YearStatement.Line line, String currency) {
            return new Line(line.code(), line.name(), money(line.budget(), currency), money(line.committed(), currency),
                    money(line.spent(), currency), money(line.available(), currency),
                    money(line.forecast(), currency), line.forecastMonth(), money(line.forecastVariance(), currency));
        }
    }

    static YearStatementResponse of(String fundId, YearStatement s, String currency) {
        YearFigures f = s.figures();
        Map<String, BigDecimal> shares = s.shares();
        return new YearStatementResponse(fundId, s.year().label, s.year().status(), s.asOf(),
                s.lines().stream().map(l -> Line.of(l, currency)).toList(), Line.of(s.totals(), currency),
                money(s.unassignedSpent(), currency), money(s.unassignedCommitted(), currency),
                money(f.contributions(), currency), money(f.carriedIn(), currency), money(f.resources(), currency),
                money(f.spent(), currency), money(f.rolledIn(), currency), money(f.rolledOut(), currency),
                money(f.outturn(), currency), money(f.variance(), currency), s.year().underspendDecision(),
                shares.isEmpty() ? null : shares.entrySet().stream()
                        .map(e -> new Share(e.getKey(), Money.of(e.getValue(), currency))).toList());
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount, currency);
    }
}
