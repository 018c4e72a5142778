package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores {@link AwardStatus} by its kebab-case value, the same word as in the API. */
@Converter(autoApply = true)
public class AwardStatusColumn extends KebabConverter<AwardStatus> {

    public AwardStatusColumn() {
        super(AwardStatus.class);
    }
}
