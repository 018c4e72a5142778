package org.jointcommissioning.outcomes.service;

import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.outcomes.domain.RagStatus;
import org.jointcommissioning.outcomes.domain.Reading;

import java.util.List;

/** The agreement at a glance: one entry per theme, and NI179's value for money when the agreement has it. */
public record Scorecard(List<Theme> themes, ValueForMoneyView valueForMoney) {

    /** How many of an off-track indicator's open risks are shown. */
    public static final int TOP_RISKS = 10;

    /** A theme's indicators by status, the money on contracts serving them, and those off track. */
    public record Theme(String theme, int green, int amber, int red, int noData, Money committed, Money spent,
                        List<OffTrack> offTrack) {
    }

    /** An indicator behind its path, with its latest value (null when none) and its worst open risks. */
    public record OffTrack(String code, String title, RagStatus status, String ownerPartnership, Reading latest,
                           List<Risk> openRisks, int openRiskCount) {
    }

    public record Risk(String id, String title, int score, String owner) {
    }
}
