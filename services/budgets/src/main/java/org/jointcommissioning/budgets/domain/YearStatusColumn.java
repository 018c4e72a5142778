package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link YearStatus} by its kebab-case spelling, the same word as in the API. */
@Converter(autoApply = true)
public class YearStatusColumn extends KebabConverter<YearStatus> {

    public YearStatusColumn() {
        super(YearStatus.class);
    }
}
