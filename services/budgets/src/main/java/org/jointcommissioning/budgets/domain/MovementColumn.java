package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link Movement} by its kebab-case spelling, the same word as in the API. */
@Converter(autoApply = true)
public class MovementColumn extends KebabConverter<Movement> {

    public MovementColumn() {
        super(Movement.class);
    }
}
