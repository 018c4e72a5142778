package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.common.changes.ChangeLog;
import org.jointcommissioning.common.changes.ChangeSlice;
import org.jointcommissioning.common.identity.Caller;

import java.util.List;

/**
 * The ledger's change feed: every journal entry of the funds the caller may read, in the order the entries'
 * transactions wrote them. A partner's people see the entries of the funds it is a member of now (one that joins
 * a fund sees its whole history; one that leaves sees no more of it); admins and auditors see every fund's.
 */
@ApplicationScoped
public class LedgerChanges {

    @Inject
    ChangeLog changes;

    @Inject
    FundAccess access;

    @Inject
    FundRepository funds;

    @Inject
    Caller caller;

    public ChangeSlice read(String cursor, Integer size) {
        List<String> scopes = access.seesEveryFund() ? null
                : caller.orgId().map(funds::idsOfMember).orElse(List.of());
        return changes.page(cursor, size, scopes);
    }
}
