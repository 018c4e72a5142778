package org.jointcommissioning.outcomes.service;

import org.jointcommissioning.common.concurrency.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.identity.Caller;
import jakarta.transaction.Transactional;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.domain.Risk;
import org.jointcommissioning.outcomes.domain.RiskDraft;
import org.jointcommissioning.outcomes.domain.RiskStatus;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;
import org.jointcommissioning.outcomes.repository.RiskRepository;

import java.time.Clock;
import java.util.UUID;

/** The risk register: risks are kept by the organisation that raised them (or by the partnership admin). */
@ApplicationScoped
public class RiskService {

    @Inject
    Caller caller;

    @Inject
    RiskRepository risks;

    @Inject
    IndicatorRepository indicators;

    @Inject
    Clock clock;

    @Transactional
    public Risk create(RiskDraft request) {
        Risk risk = new Risk();
        risk.id = UUID.randomUUID().toString();
        risk.orgId = caller.requireOrgId();
        risk.createdAt = clock.instant();
        apply(risk, request, request.status() == null ? RiskStatus.OPEN : request.status());
        risks.persist(risk);
        return risk;
    }

    @Transactional
    public Risk update(String id, RiskDraft request, IfMatch ifMatch) {
        Risk risk = risks.require(id);
        if (!caller.hasRole(Roles.PARTNERSHIP_ADMIN) && !risk.orgId.equals(caller.orgId().orElse(null))) {
            throw ProblemException.forbidden("Only " + risk.orgId + ", which raised this risk, may change it");
        }
        if (request.status() == null) {
            throw ProblemException.invalidField("status", "is required when a risk is updated");
        }
        ifMatch.check(risk.version, "Risk " + id);
        apply(risk, request, request.status());
        risks.flush(); // the new version is the answer's ETag
        return risk;
    }

    private void apply(Risk risk, RiskDraft request, RiskStatus status) {
        for (int i = 0; i < request.indicatorCodes().size(); i++) {
            if (indicators.findById(request.indicatorCodes().get(i)) == null) {
                throw ProblemException.invalidField("indicatorCodes[" + i + "]",
                        "no indicator has the code " + request.indicatorCodes().get(i));
            }
        }
        risk.title = request.title();
        risk.indicatorCodes.clear();
        risk.indicatorCodes.addAll(request.indicatorCodes());
        risk.assess(request.likelihood(), request.impact());
        risk.mitigation = request.mitigation();
        risk.owner = request.owner();
        risk.status = status;
        risk.updatedAt = clock.instant();
    }

    public Risk get(String id) {
        return risks.require(id);
    }

    public Page<Risk> list(RiskStatus status, String indicatorCode, PageRequest page) {
        return risks.list(status, indicatorCode, page);
    }
}
