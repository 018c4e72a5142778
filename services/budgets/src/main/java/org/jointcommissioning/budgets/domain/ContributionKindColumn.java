package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link ContributionKind} by its kebab-case spelling, the same word as in the API. */
@Converter(autoApply = true)
public class ContributionKindColumn extends KebabConverter<ContributionKind> {

    public ContributionKindColumn() {
        super(ContributionKind.class);
    }
}
