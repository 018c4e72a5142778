package org.jointcommissioning.outcomes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.common.audit.AuditEntry;
import org.jointcommissioning.common.audit.AuditLog;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.repository.ChallengeRepository;
import org.jointcommissioning.outcomes.repository.DeliveryPlanRepository;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;
import org.jointcommissioning.outcomes.repository.MeasurementRepository;
import org.jointcommissioning.outcomes.repository.RiskRepository;

/**
 * The history of an indicator, measurement, delivery plan, risk or challenge. Like the records themselves, it is
 * read by anyone signed in; a record that does not exist has no history to read.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    IndicatorRepository indicators;

    @Inject
    MeasurementRepository measurements;

    @Inject
    DeliveryPlanRepository plans;

    @Inject
    RiskRepository risks;

    @Inject
    ChallengeRepository challenges;

    @Inject
    Caller caller;

    @Inject
    AuditLog log;

    @Transactional
    public Page<AuditEntry> history(String entity, String id, PageRequest page) {
        AuditedRecord kind = kindOf(entity);
        if (id == null || id.isBlank()) {
            throw ProblemException.invalidField("id", "is required: the id of the " + kind);
        }
        if (!caller.isAuthenticated() || !exists(kind, id)) {
            throw ProblemException.notFound(kind.what, id);
        }
        return log.history(kind.entity, id, page);
    }

    private boolean exists(AuditedRecord kind, String id) {
        return switch (kind) {
            case INDICATOR -> indicators.findByIdOptional(id).isPresent();
            case MEASUREMENT -> measurements.findByIdOptional(id).isPresent();
            case DELIVERY_PLAN -> plans.findByIdOptional(id).isPresent();
            case RISK -> risks.findByIdOptional(id).isPresent();
            case CHALLENGE -> challenges.findByIdOptional(id).isPresent();
        };
    }

    static AuditedRecord kindOf(String entity) {
        if (entity == null || entity.isBlank()) {
            throw ProblemException.invalidField("entity",
                    "is required: one of indicator, measurement, delivery-plan, risk, challenge");
        }
        return Kebab.parse(AuditedRecord.class, "entity", entity);
    }
}
