package org.jointcommissioning.outcomes.rest;

import org.jointcommissioning.contracts.money.Money;

import java.util.List;

/**
 * One theme: how many of its indicators are at each status, the money committed and spent on contracts
 * serving them (a contract serving several of the theme's indicators counted once), and those off track.
 */
public record ThemeScorecard(
        String theme,
        StatusCounts indicators,
        Money committed,
        Money spent,
        List<OffTrackIndicator> offTrack) {

    public record StatusCounts(int green, int amber, int red, int noData) {
    }
}
