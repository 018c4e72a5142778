package org.jointcommissioning.budgets.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.budgets.domain.LedgerChange;
import org.jointcommissioning.common.changes.ChangeRepresentation;

/** A journal entry in the change feed, as the fund's ledger shows it. */
@ApplicationScoped
public class LedgerEntryRepresentation implements ChangeRepresentation<LedgerChange> {

    @Override
    public Class<LedgerChange> type() {
        return LedgerChange.class;
    }

    @Override
    public Object of(LedgerChange changed) {
        return LedgerEntryResponse.of(changed.entry(), changed.currency());
    }
}
