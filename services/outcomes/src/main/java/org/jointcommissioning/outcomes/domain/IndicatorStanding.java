package org.jointcommissioning.outcomes.domain;

/** Where an indicator stands, as the scorecard shows it: none of its targets or contributors. */
public record IndicatorStanding(String code, String title, String theme, RagStatus status, String ownerPartnership) {

    /** Red or amber: behind the path to its targets. */
    public boolean offTrack() {
        return status == RagStatus.RED || status == RagStatus.AMBER;
    }
}
