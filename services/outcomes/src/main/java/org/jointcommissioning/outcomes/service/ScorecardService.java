package org.jointcommissioning.outcomes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.IndicatorStanding;
import org.jointcommissioning.outcomes.domain.OpenRisk;
import org.jointcommissioning.outcomes.domain.RagStatus;
import org.jointcommissioning.outcomes.domain.Reading;
import org.jointcommissioning.outcomes.domain.ServingContract;
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
import java.util.stream.Collectors;

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

    /**
     * A fixed number of queries, however many indicators, contracts and risks there are: the indicators' standings,
     * the contracts serving them and their spend, and the latest readings and open risks of those off track.
     */
    public Scorecard scorecard() {
        List<IndicatorStanding> standings = indicators.standings();
        List<String> offTrackCodes = standings.stream().filter(IndicatorStanding::offTrack)
                .map(IndicatorStanding::code).toList();
        Map<String, List<ServingContract>> serving = contracts.serving(
                        standings.stream().map(IndicatorStanding::code).toList()).stream()
                .collect(Collectors.groupingBy(ServingContract::indicatorCode));
        Map<String, BigDecimal> spent = contracts.spentByAward(serving.values().stream().flatMap(List::stream)
                .map(ServingContract::awardId).collect(Collectors.toSet()));
        Map<String, Reading> latest = measurements.latestOf(offTrackCodes);
        Map<String, List<OpenRisk>> openRisks = risks.openFor(offTrackCodes).stream()
                .collect(Collectors.groupingBy(OpenRisk::indicatorCode));

        Map<String, List<IndicatorStanding>> byTheme = new LinkedHashMap<>();
        standings.forEach(i -> byTheme.computeIfAbsent(i.theme(), t -> new ArrayList<>()).add(i));
        List<Scorecard.Theme> themes = byTheme.entrySet().stream()
                .map(e -> theme(e.getKey(), e.getValue(), serving, spent, latest, openRisks)).toList();
        Indicator vfm = indicators.findById(VALUE_FOR_MONEY_CODE);
        return new Scorecard(themes, vfm == null ? null : valueForMoney.of(vfm));
    }

    private static Scorecard.Theme theme(String theme, List<IndicatorStanding> members,
                                         Map<String, List<ServingContract>> serving, Map<String, BigDecimal> spent,
                                         Map<String, Reading> latest, Map<String, List<OpenRisk>> openRisks) {
        // A contract serving two of the theme's indicators counts once.
        Map<String, BigDecimal> committedByAward = new LinkedHashMap<>();
        for (IndicatorStanding indicator : members) {
            serving.getOrDefault(indicator.code(), List.of())
                    .forEach(c -> committedByAward.putIfAbsent(c.awardId(), c.amount()));
        }
        BigDecimal committed = committedByAward.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spentOnTheme = committedByAward.keySet().stream()
                .map(award -> spent.getOrDefault(award, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Scorecard.OffTrack> offTrack = members.stream()
                .filter(IndicatorStanding::offTrack)
                .sorted(Comparator.comparing((IndicatorStanding i) -> i.status() != RagStatus.RED)
                        .thenComparing(IndicatorStanding::code))
                .map(i -> offTrack(i, latest.get(i.code()), openRisks.getOrDefault(i.code(), List.of())))
                .toList();
        return new Scorecard.Theme(theme, count(members, RagStatus.GREEN), count(members, RagStatus.AMBER),
                count(members, RagStatus.RED), count(members, RagStatus.NO_DATA),
                ValueForMoneyService.gbp(committed), ValueForMoneyService.gbp(spentOnTheme), offTrack);
    }

    /** {@code openRisks}: highest score first. */
    private static Scorecard.OffTrack offTrack(IndicatorStanding indicator, Reading latest, List<OpenRisk> openRisks) {
        return new Scorecard.OffTrack(indicator.code(), indicator.title(), indicator.status(),
                indicator.ownerPartnership(), latest,
                openRisks.stream().limit(Scorecard.TOP_RISKS)
                        .map(r -> new Scorecard.Risk(r.id(), r.title(), r.score(), r.owner())).toList(),
                openRisks.size());
    }

    private static int count(List<IndicatorStanding> members, RagStatus status) {
        return (int) members.stream().filter(i -> i.status() == status).count();
    }
}
