package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link NotificationKind} by its kebab-case value, the same word as in the API. */
@Converter(autoApply = true)
public class NotificationKindColumn extends KebabConverter<NotificationKind> {

    public NotificationKindColumn() {
        super(NotificationKind.class);
    }
}
