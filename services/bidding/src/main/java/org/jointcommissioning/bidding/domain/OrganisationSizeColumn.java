package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link OrganisationSize} by its kebab-case value, the same word as in the API. */
@Converter(autoApply = true)
public class OrganisationSizeColumn extends KebabConverter<OrganisationSize> {

    public OrganisationSizeColumn() {
        super(OrganisationSize.class);
    }
}
