package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.common.changes.ChangeLog;
import org.jointcommissioning.common.changes.ChangeSlice;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;

import java.util.List;

/**
 * The awards' change feed: every award made and every change of an award's status, of the opportunities the
 * caller's partner commissions, in the order their transactions wrote them; admins and auditors see every partner's.
 */
@ApplicationScoped
public class AwardChanges {

    @Inject
    ChangeLog changes;

    @Inject
    Caller caller;

    public ChangeSlice read(String cursor, Integer size) {
        List<String> scopes = caller.hasAnyRole(Roles.PARTNERSHIP_ADMIN, Roles.AUDITOR) ? null
                : caller.orgId().map(List::of).orElse(List.of());
        return changes.page(cursor, size, scopes);
    }
}
