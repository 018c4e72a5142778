package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link UnderspendDecision} by its kebab-case spelling, the same word as in the API. */
@Converter(autoApply = true)
public class UnderspendDecisionColumn extends KebabConverter<UnderspendDecision> {

    public UnderspendDecisionColumn() {
        super(UnderspendDecision.class);
    }
}
