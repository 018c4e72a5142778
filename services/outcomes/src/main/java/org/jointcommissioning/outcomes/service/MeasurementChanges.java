package org.jointcommissioning.outcomes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.common.changes.ChangeLog;
import org.jointcommissioning.common.changes.ChangeSlice;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;

import java.util.List;

/**
 * The measurements' change feed: every measurement recorded (revisions among them) of the indicators the caller's
 * partner delivers, as their owner or a contributor, in the order the measurements' transactions wrote them. A
 * partner that becomes a contributor sees the indicator's whole history; admins and auditors see every indicator's.
 */
@ApplicationScoped
public class MeasurementChanges {

    @Inject
    ChangeLog changes;

    @Inject
    IndicatorRepository indicators;

    @Inject
    Caller caller;

    public ChangeSlice read(String cursor, Integer size) {
        List<String> scopes = caller.hasAnyRole(Roles.PARTNERSHIP_ADMIN, Roles.AUDITOR) ? null
                : caller.orgId().map(indicators::codesDeliveredBy).orElse(List.of());
        return changes.page(cursor, size, scopes);
    }
}
