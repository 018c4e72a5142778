package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Each enumeration stored by its kebab-case spelling, the same word as in the API (the toolkit's converter). */
public final class KebabColumns {

    private KebabColumns() {
    }

    @Converter(autoApply = true)
    public static class Kinds extends KebabConverter<IndicatorKind> {
        public Kinds() {
            super(IndicatorKind.class);
        }
    }

    @Converter(autoApply = true)
    public static class Polarities extends KebabConverter<Polarity> {
        public Polarities() {
            super(Polarity.class);
        }
    }

    @Converter(autoApply = true)
    public static class Qualities extends KebabConverter<DataQuality> {
        public Qualities() {
            super(DataQuality.class);
        }
    }

    @Converter(autoApply = true)
    public static class Statuses extends KebabConverter<RagStatus> {
        public Statuses() {
            super(RagStatus.class);
        }
    }

    @Converter(autoApply = true)
    public static class ActionStatuses extends KebabConverter<ActionStatus> {
        public ActionStatuses() {
            super(ActionStatus.class);
        }
    }

    @Converter(autoApply = true)
    public static class ChallengeStates extends KebabConverter<ChallengeState> {
        public ChallengeStates() {
            super(ChallengeState.class);
        }
    }

    @Converter(autoApply = true)
    public static class RiskStatuses extends KebabConverter<RiskStatus> {
        public RiskStatuses() {
            super(RiskStatus.class);
        }
    }
}
