package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link FundStatus} by its kebab-case spelling, the same word as in the API. */
@Converter(autoApply = true)
public class FundStatusColumn extends KebabConverter<FundStatus> {

    public FundStatusColumn() {
        super(FundStatus.class);
    }
}
