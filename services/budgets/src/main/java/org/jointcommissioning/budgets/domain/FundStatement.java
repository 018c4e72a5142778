package org.jointcommissioning.budgets.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fund's position on a date, every figure read from journal balances. The variance is pledged minus
 * committed and spent: above zero an underspend to hand back, below zero an overspend to cover, each
 * shared among partners by the risk-share rule.
 */
public record FundStatement(
        LocalDate asOf,
        BigDecimal pledged,
        BigDecimal received,
        BigDecimal outstandingPledges,
        BigDecimal reserved,
        BigDecimal committed,
        BigDecimal spent,
        BigDecimal availableToCommit,
        BigDecimal cashBalance,
        BigDecimal overspend,
        BigDecimal underspend,
        List<PartnerPosition> partners) {

    public record PartnerPosition(
            String partnerId,
            BigDecimal pledged,
            BigDecimal received,
            BigDecimal outstandingPledge,
            BigDecimal sharePercent,
            BigDecimal shareOfCommitted,
            BigDecimal shareOfSpent,
            BigDecimal shareOfOverspend,
            BigDecimal shareOfUnderspend) {
    }

    public static FundStatement of(LocalDate asOf, Balances balances, RiskShare riskShare) {
        Set<String> partners = new TreeSet<>(balances.partners());
        partners.addAll(riskShare.fixedPercents().keySet());
        Map<String, BigDecimal> weights = riskShare.weights(partners, balances);
        Map<String, BigDecimal> percents = RiskShare.percents(weights);

        BigDecimal variance = balances.pledged().subtract(balances.committed()).subtract(balances.spent());
        BigDecimal overspend = variance.signum() < 0 ? variance.negate() : Amounts.of(BigDecimal.ZERO);
        BigDecimal underspend = variance.signum() > 0 ? variance : Amounts.of(BigDecimal.ZERO);
        Map<String, BigDecimal> committed = RiskShare.allocate(balances.committed(), weights);
        Map<String, BigDecimal> spent = RiskShare.allocate(balances.spent(), weights);
        Map<String, BigDecimal> over = RiskShare.allocate(overspend, weights);
        Map<String, BigDecimal> under = RiskShare.allocate(underspend, weights);

        List<PartnerPosition> positions = new ArrayList<>();
        for (String p : partners) {
            positions.add(new PartnerPosition(p, balances.pledgedBy(p), balances.receivedFrom(p),
                    balances.outstandingPledgeOf(p), percents.get(p), committed.get(p), spent.get(p),
                    over.get(p), under.get(p)));
        }
        return new FundStatement(asOf, balances.pledged(), balances.received(), balances.outstandingPledges(),
                balances.reserved(), balances.committed(), balances.spent(), balances.availableToCommit(),
                balances.cashBalance(), overspend, underspend, List.copyOf(positions));
    }
}
