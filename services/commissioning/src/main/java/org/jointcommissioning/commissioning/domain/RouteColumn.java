package org.jointcommissioning.commissioning.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores {@link Route} by its kebab-case value, the same word as in the API. */
@Converter(autoApply = true)
public class RouteColumn extends KebabConverter<Route> {

    public RouteColumn() {
        super(Route.class);
    }
}
