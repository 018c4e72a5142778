package org.jointcommissioning.budgets.domain;

import jakarta.persistence.Converter;
import org.jointcommissioning.common.kebab.KebabConverter;

/** Stores a {@link Account} by its kebab-case spelling, the same word as in the API. */
@Converter(autoApply = true)
public class AccountColumn extends KebabConverter<Account> {

    public AccountColumn() {
        super(Account.class);
    }
}
