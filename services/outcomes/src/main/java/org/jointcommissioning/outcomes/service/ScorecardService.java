package org.jointcommissioning.outcomes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.domain.Contract;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.RagStatus;
import org.jointcommissioning.outcomes.domain.Reading;
import org.jointcommissioning.outcomes.repository.ContractRepository;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;
import org.jointcommissioning.outcomes.repository.MeasurementRepository;
import org.jointcommissioning.outcomes.repository.RiskRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole agreement at a glance, theme by theme. */
@ApplicationScoped
public class ScorecardService {

    /** The national indicator of value for money: net, ongoing, cash-releasing gains. */
    public static final String VALUE_FOR_MONEY_CODE = "NI179";

    @Inject
    IndicatorRepository indicators;

    @Inject
    MeasurementRepository measurements;

    @Inject
    ContractRepository contracts;

    @Inject
    RiskRepository risks;

    @Inject
    ValueForMoneyService valueForMoney;

    public Scorecard scorecard() {
        Map<String, List<Indicator>> byTheme = new LinkedHashMap<>();
        for (Indicator indicator : indicators.all()) {
            byTheme.computeIfAbsent(indicator.theme, t -> new ArrayList<>()).add(indicator);
        }
        List<Scorecard.Theme> themes = byTheme.entrySet().stream().map(e -> theme(e.getKey(), e.getValue())).toList();
        Indicator vfm = indicators.findById(VALUE_FOR_MONEY_CODE);
        return new Scorecard(themes, vfm == null ? null : valueForMoney.of(vfm));
    }

    private Scorecard.Theme theme(String theme, List<Indicator> members) {
        Map<String, Contract> serving = new LinkedHashMap<>();
        for (Indicator indicator : members) {
            contracts.activeFor(indicator.code).forEach(c -> serving.putIfAbsent(c.awardId, c));
        }
        BigDecimal committed = serving.values().stream().map(c -> c.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = contracts.spentByAward(serving.keySet()).values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Scorecard.OffTrack> offTrack = members.stream()
                .filter(i -> i.status == RagStatus.RED || i.status == RagStatus.AMBER)
                .sorted(Comparator.comparing((Indicator i) -> i.status != RagStatus.RED).thenComparing(i -> i.code))
                .map(this::offTrack).toList();
        return new Scorecard.Theme(theme, count(members, RagStatus.GREEN), count(members, RagStatus.AMBER),
                count(members, RagStatus.RED), count(members, RagStatus.NO_DATA),
                ValueForMoneyService.gbp(committed), ValueForMoneyService.gbp(spent), offTrack);
    }

    private Scorecard.OffTrack offTrack(Indicator indicator) {
        return new Scorecard.OffTrack(indicator.code, indicator.title, indicator.status, indicator.ownerPartnership,
                measurements.latest(indicator.code).map(m -> new Reading(m.period, m.value)).orElse(null),
                risks.topOpenFor(indicator.code, Scorecard.TOP_RISKS).stream()
                        .map(r -> new Scorecard.Risk(r.id, r.title, r.score, r.owner)).toList(),
                (int) risks.countOpenFor(indicator.code));
    }

    private static int count(List<Indicator> members, RagStatus status) {
        return (int) members.stream().filter(i -> i.status == status).count();
    }
}
