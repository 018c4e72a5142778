package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link ReservationStatus} by its kebab-case spelling, the same word as in the API. */
@Converter(autoApply = true)
public class ReservationStatusColumn extends KebabConverter<ReservationStatus> {

    public ReservationStatusColumn() {
        super(ReservationStatus.class);
    }
}
