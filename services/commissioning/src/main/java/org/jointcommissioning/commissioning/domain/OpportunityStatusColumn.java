package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores {@link OpportunityStatus} by its kebab-case value, the same word as in the API. */
@Converter(autoApply = true)
public class OpportunityStatusColumn extends KebabConverter<OpportunityStatus> {

    public OpportunityStatusColumn() {
        super(OpportunityStatus.class);
    }
}
