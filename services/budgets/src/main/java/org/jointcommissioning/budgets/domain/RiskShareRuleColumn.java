package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link RiskShareRule} by its kebab-case spelling, the same word as in the API. */
@Converter(autoApply = true)
public class RiskShareRuleColumn extends KebabConverter<RiskShareRule> {

    public RiskShareRuleColumn() {
        super(RiskShareRule.class);
    }
}
