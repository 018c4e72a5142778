package org.jointcommissioning.budgets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.FundStatement;
import org.jointcommissioning.budgets.domain.RiskShareRule;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A fund's position on a date, every figure summed from the journal. Available to commit is "
        + "pledged minus reserved, committed and spent; the cash balance is received minus spent. An underspend "
        + "(pledged above committed plus spent) or an overspend (below) is shared by the risk-share rule.")
public record StatementResponse(
        String fundId, LocalDate asOf, RiskShareRule riskShareRule,
        Money pledged, Money received, Money outstandingPledges, Money reserved, Money committed, Money spent,
        Money availableToCommit, Money cashBalance, Money overspend, Money underspend,
        List<PartnerLine> partners) {

    @Schema(name = "PartnerStatement", description = "A partner's contributions and its share by the risk-share rule")
    public record PartnerLine(
            String partnerId, Money pledged, Money received, Money outstandingPledge,
            @Schema(description = "The partner's share in percent") BigDecimal sharePercent,
            Money shareOfCommitted, Money shareOfSpent, Money shareOfOverspend, Money shareOfUnderspend) {
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
