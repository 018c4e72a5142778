package org.jointcommissioning.common.kebab;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enumeration by its kebab-case spelling, the same word as in the API. A service declares one per
 * enumeration, with nothing but the type:
 * <pre>{@code
 * @Converter(autoApply = true)
 * public class BidStatusColumn extends KebabConverter<BidStatus> { public BidStatusColumn() { super(BidStatus.class); } }
 * }</pre>
 */
public abstract class KebabConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected KebabConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : Kebab.of(value);
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null : Kebab.find(type, value)
                .orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName() + " " + value));
    }
}
