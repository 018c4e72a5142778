package org.jointcommissioning.outcomes.domain;

import java.util.List;

/** An indicator as its keeper defines it, checked by the web layer for form and limits. */
public record IndicatorDraft(String code, String title, IndicatorKind kind, Polarity polarity, String unit, String theme,
                             String ownerPartnership, List<String> contributors, Reading baseline,
                             List<Reading> targets) {

    public IndicatorDraft {
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
    }
}
