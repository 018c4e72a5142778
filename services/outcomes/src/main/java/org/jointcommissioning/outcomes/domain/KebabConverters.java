package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores each enumeration by its kebab-case value, the same word as in the API. */
public final class KebabConverters {

    private KebabConverters() {
    }

    abstract static class Base<E extends Enum<E> & KebabValue> implements AttributeConverter<E, String> {

        private final Class<E> type;

        Base(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.value();
        }

        @Override
        public E convertToEntityAttribute(String value) {
            return value == null ? null : KebabValue.find(type, value)
                    .orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName() + " " + value));
        }
    }

    @Converter(autoApply = true)
    public static class Kinds extends Base<IndicatorKind> {
        public Kinds() {
            super(IndicatorKind.class);
        }
    }

    @Converter(autoApply = true)
    public static class Polarities extends Base<Polarity> {
        public Polarities() {
            super(Polarity.class);
        }
    }

    @Converter(autoApply = true)
    public static class Qualities extends Base<DataQuality> {
        public Qualities() {
            super(DataQuality.class);
        }
    }

    @Converter(autoApply = true)
    public static class Statuses extends Base<RagStatus> {
        public Statuses() {
            super(RagStatus.class);
        }
    }

    @Converter(autoApply = true)
    public static class ActionStatuses extends Base<ActionStatus> {
        public ActionStatuses() {
            super(ActionStatus.class);
        }
    }

    @Converter(autoApply = true)
    public static class ChallengeStates extends Base<ChallengeState> {
        public ChallengeStates() {
            super(ChallengeState.class);
        }
    }

    @Converter(autoApply = true)
    public static class RiskStatuses extends Base<RiskStatus> {
        public RiskStatuses() {
            super(RiskStatus.class);
        }
    }
}
