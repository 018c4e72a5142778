package org.jointcommissioning.budgets.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.YearFigures;
import org.jointcommissioning.budgets.service.FundMembers;
import org.jointcommissioning.budgets.service.YearAccounts;
import org.jointcommissioning.common.csv.CsvTable;
import org.jointcommissioning.contracts.money.Money;

import java.util.List;

@Schema(description = "A closed year's statement per partner: contributions dated in the year, underspend carried "
        + "in, its share of the variance (below zero: of an overspend, owed; above: of an underspend, held, then "
        + "carried forward or returned) and what it bore of the outturn (contributions plus carried in less the "
        + "share). What the partners bore adds up to the outturn to the penny; the entries are the journal entries "
        + "of the year's settlement with a line of the partner's")
public record PartnerYearStatementsResponse(
        @Schema(required = true, maxLength = 36) String fundId,
        @Schema(required = true, maxLength = 7) String year,
        @Schema(required = true) Money outturn,
        @Schema(required = true) Money variance,
        @Schema(required = true, maxItems = FundMembers.MAX) List<PartnerYear> partners) implements CsvTable {

    @Schema(name = "PartnerYearStatement")
    public record PartnerYear(
            @Schema(required = true, maxLength = 64) String partnerId,
            @Schema(required = true) Money contributions,
            @Schema(required = true) Money carriedIn,
            @Schema(required = true) Money shareOfVariance,
            @Schema(required = true) Money outturnBorne,
            @Schema(required = true, maxItems = 10) List<@PositiveOrZero @Max(Long.MAX_VALUE) Long> entries) {
    }

    static PartnerYearStatementsResponse of(String fundId, String year, YearFigures figures,
                                            List<YearAccounts.PartnerYear> partners, String currency) {
        return new PartnerYearStatementsResponse(fundId, year, Money.of(figures.outturn(), currency),
                Money.of(figures.variance(), currency), partners.stream().map(p -> new PartnerYear(p.partnerId(),
                        Money.of(p.contributions(), currency), Money.of(p.carriedIn(), currency),
                        Money.of(p.share(), currency), Money.of(p.borne(), currency), p.entries())).toList());
    }
}
