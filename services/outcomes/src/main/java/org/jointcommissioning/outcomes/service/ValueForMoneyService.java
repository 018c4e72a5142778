package org.jointcommissioning.outcomes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.outcomes.domain.Contract;
import org.jointcommissioning.outcomes.domain.Decimals;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.Measurement;
import org.jointcommissioning.outcomes.domain.Reading;
import org.jointcommissioning.outcomes.repository.ContractRepository;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;
import org.jointcommissioning.outcomes.repository.MeasurementRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spend against outcomes. A contract serving several indicators counts in full against each of them: the
 * award does not say how to split it, and an invented split would be worse than a stated overlap.
 * Amounts are in pounds (the platform's one currency).
 */
@ApplicationScoped
public class ValueForMoneyService {

    @Inject
    IndicatorRepository indicators;

    @Inject
    MeasurementRepository measurements;

    @Inject
    ContractRepository contracts;

    public IndicatorContracts contractsOf(String code) {
        Indicator indicator = indicators.require(code);
        List<Contract> active = contracts.activeFor(code);
        Map<String, BigDecimal> spent = contracts.spentByAward(active.stream().map(c -> c.awardId).toList());
        List<Contract> listed = active.subList(Math.max(0, active.size() - IndicatorContracts.MAX_LISTED),
                active.size());
        List<IndicatorContracts.Linked> linked = listed.stream().map(c -> new IndicatorContracts.Linked(c.awardId, c.opportunityId,
                c.opportunityTitle, c.supplierOrganisationId, c.supplierName, c.fundId, gbp(c.amount),
                gbp(spent.getOrDefault(c.awardId, BigDecimal.ZERO)), Decimals.shown(c.expectedImprovementOf(code)),
                c.awardedAt)).toList();
        return new IndicatorContracts(code, of(indicator, active, spent), linked, active.size());
    }

    public ValueForMoneyView of(Indicator indicator) {
        List<Contract> active = contracts.activeFor(indicator.code);
        return of(indicator, active, contracts.spentByAward(active.stream().map(c -> c.awardId).toList()));
    }

    private ValueForMoneyView of(Indicator indicator, List<Contract> active, Map<String, BigDecimal> spentByAward) {
        BigDecimal committed = active.stream().map(c -> c.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = spentByAward.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<Measurement> latest = measurements.latest(indicator.code);
        BigDecimal improvement = latest.map(m -> indicator.improvementTo(m.value)).orElse(null);
        return new ValueForMoneyView(indicator.code, indicator.title, indicator.unit, indicator.polarity,
                indicator.status, new Reading(indicator.baselinePeriod, indicator.baselineValue),
                latest.map(m -> new Reading(m.period, m.value)).orElse(null),
                Decimals.shown(improvement), gbp(committed), gbp(spent), costPerPoint(spent, improvement));
    }

    /** Spend ÷ improvement, half-up to the penny; only for an improvement above zero. */
    static Money costPerPoint(BigDecimal spent, BigDecimal improvement) {
        if (improvement == null || improvement.signum() <= 0) {
            return null;
        }
        return gbp(spent.divide(improvement, 2, RoundingMode.HALF_UP));
    }

    static Money gbp(BigDecimal amount) {
        return Money.of(Decimals.money(amount), Money.GBP);
    }
}
