package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores an {@link Envelope} by its kebab-case value, the same word as in the API. */
@Converter(autoApply = true)
public class EnvelopeColumn extends KebabConverter<Envelope> {

    public EnvelopeColumn() {
        super(Envelope.class);
    }
}
