package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.bidding.domain.Alert;
import org.jointcommissioning.bidding.domain.AlertCriteria;
import org.jointcommissioning.bidding.repository.AlertRepository;
import org.jointcommissioning.common.concurrency.IfMatch;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;

import java.time.Clock;

/** A bidder's organisation keeps its saved searches; no one else sees them (another's answers 404). */
@ApplicationScoped
public class AlertService {

    @Inject
    AlertRepository alerts;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Alert save(AlertCriteria criteria) {
        Alert alert = Alert.saved(caller.requireOrgId(), criteria, clock.instant());
        alerts.persist(alert);
        return alert;
    }

    public Page<Alert> list(PageRequest page) {
        return alerts.of(caller.requireOrgId(), page);
    }

    public Alert find(String id) {
        Alert alert = alerts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Alert", id));
        caller.requireOwnRow(alert.orgId, "Alert", id);
        return alert;
    }

    @Transactional
    public Alert update(String id, AlertCriteria criteria, IfMatch ifMatch) {
        Alert alert = find(id);
        ifMatch.check(alert.version, "The alert");
        alert.update(criteria, clock.instant());
        alerts.flush();
        return alert;
    }

    @Transactional
    public void delete(String id) {
        alerts.delete(find(id));
    }
}
