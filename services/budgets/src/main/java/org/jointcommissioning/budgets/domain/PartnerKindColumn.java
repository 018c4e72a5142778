package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link PartnerKind} by its kebab-case spelling, the same word as in the API. */
@Converter(autoApply = true)
public class PartnerKindColumn extends KebabConverter<PartnerKind> {

    public PartnerKindColumn() {
        super(PartnerKind.class);
    }
}
