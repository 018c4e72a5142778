package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link BidStatus} by its kebab-case value, the same word as in the API. */
@Converter(autoApply = true)
public class BidStatusColumn extends KebabConverter<BidStatus> {

    public BidStatusColumn() {
        super(BidStatus.class);
    }
}
