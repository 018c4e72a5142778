package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link SettlementRule} by its kebab-case spelling, the same word as in the API. */
@Converter(autoApply = true)
public class SettlementRuleColumn extends KebabConverter<SettlementRule> {

    public SettlementRuleColumn() {
        super(SettlementRule.class);
    }
}
