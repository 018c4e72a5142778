package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.common.csv.CsvTable;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.service.Scorecard;

import java.util.List;

/**
 * The whole agreement at a glance: one entry per theme (by name), and the NI179 value-for-money line
 * when the agreement has that indicator (left out otherwise).
 */
public record ScorecardResponse(
        @Schema(required = true, maxItems = Indicator.MAX_PER_AGREEMENT, description = "By theme name")
        List<ThemeScorecard> themes,
        @Schema(description = "NI179's value for money; left out when the agreement has no NI179") ValueForMoney valueForMoney) implements CsvTable {

    static ScorecardResponse of(Scorecard scorecard) {
        return new ScorecardResponse(scorecard.themes().stream().map(ThemeScorecard::of).toList(),
                ValueForMoney.of(scorecard.valueForMoney()));
    }
}
