package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link LegalForm} by its kebab-case value, the same word as in the API. */
@Converter(autoApply = true)
public class LegalFormColumn extends KebabConverter<LegalForm> {

    public LegalFormColumn() {
        super(LegalForm.class);
    }
}
