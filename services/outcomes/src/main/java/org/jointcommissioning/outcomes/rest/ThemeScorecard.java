package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.service.Scorecard;

import java.util.List;

/**
 * One theme: how many of its indicators are at each status, the money committed and spent on contracts
 * serving them (a contract serving several of the theme's indicators counted once), and those off track.
 */
public record ThemeScorecard(
        @Schema(required = true, maxLength = 100) String theme,
        @Schema(required = true) StatusCounts indicators,
        @Schema(required = true) Money committed,
        @Schema(required = true) Money spent,
        @Schema(required = true, maxItems = Indicator.MAX_PER_AGREEMENT, description = "Red first, then amber, each by code")
        List<OffTrackIndicator> offTrack) {

    public record StatusCounts(
            @Schema(required = true, minimum = "0", maximum = "2147483647") int green,
            @Schema(required = true, minimum = "0", maximum = "2147483647") int amber,
            @Schema(required = true, minimum = "0", maximum = "2147483647") int red,
            @Schema(required = true, minimum = "0", maximum = "2147483647") int noData) {
    }

    static ThemeScorecard of(Scorecard.Theme t) {
        return new ThemeScorecard(t.theme(), new StatusCounts(t.green(), t.amber(), t.red(), t.noData()),
                t.committed(), t.spent(), t.offTrack().stream().map(OffTrackIndicator::of).toList());
    }
}
