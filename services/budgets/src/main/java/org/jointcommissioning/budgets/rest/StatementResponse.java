package org.jointcommissioning.budgets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.FundStatement;
import org.jointcommissioning.budgets.domain.RiskShareRule;
import org.jointcommissioning.budgets.service.FundMembers;
import org.jointcommissioning.common.csv.CsvTable;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A fund's position on a date, every figure summed from the journal. Available to commit is "
        + "pledged minus reserved, committed and spent; the cash balance is received minus spent. An underspend "
        + "(pledged above committed plus spent) or an overspend (below) is shared by the risk-share rule.")
public record StatementResponse(
        @Schema(required = true, maxLength = 36) String fundId,
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true) RiskShareRule riskShareRule,
        @Schema(required = true) Money pledged,
        @Schema(required = true) Money received,
        @Schema(required = true) Money outstandingPledges,
        @Schema(required = true) Money reserved,
        @Schema(required = true) Money committed,
        @Schema(required = true) Money spent,
        @Schema(required = true) Money availableToCommit,
        @Schema(required = true) Money cashBalance,
        @Schema(required = true) Money overspend,
        @Schema(required = true) Money underspend,
        @Schema(required = true, maxItems = FundMembers.MAX, description = "One line per member, in id order")
        List<PartnerLine> partners) implements CsvTable {

    @Schema(name = "PartnerStatement", description = "A partner's contributions and its share by the risk-share rule")
    public record PartnerLine(
            @Schema(required = true, maxLength = 64) String partnerId,
            @Schema(required = true) Money pledged,
            @Schema(required = true) Money received,
            @Schema(required = true) Money outstandingPledge,
            @Schema(required = true, minimum = "0", maximum = "100",
                    description = "The partner's share in percent: a JSON number with two decimals")
            BigDecimal sharePercent,
            @Schema(required = true) Money shareOfCommitted,
            @Schema(required = true) Money shareOfSpent,
            @Schema(required = true) Money shareOfOverspend,
            @Schema(required = true) Money shareOfUnderspend) {
    }

    static StatementResponse of(String fundId, RiskShareRule rule, FundStatement s, String currency) {
        List<PartnerLine> partners = s.partners().stream().map(p -> new PartnerLine(p.partnerId(),
                Money.of(p.pledged(), currency), Money.of(p.received(), currency),
                Money.of(p.outstandingPledge(), currency), p.sharePercent(),
                Money.of(p.shareOfCommitted(), currency), Money.of(p.shareOfSpent(), currency),
                Money.of(p.shareOfOverspend(), currency), Money.of(p.shareOfUnderspend(), currency))).toList();
        return new StatementResponse(fundId, s.asOf(), rule, Money.of(s.pledged(), currency),
                Money.of(s.received(), currency), Money.of(s.outstandingPledges(), currency),
                Money.of(s.reserved(), currency), Money.of(s.committed(), currency), Money.of(s.spent(), currency),
                Money.of(s.availableToCommit(), currency), Money.of(s.cashBalance(), currency),
                Money.of(s.overspend(), currency), Money.of(s.underspend(), currency), partners);
    }
}
