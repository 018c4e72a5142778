package org.jointcommissioning.commissioning.service;

import org.jointcommissioning.commissioning.domain.FrameworkDraft;
import org.jointcommissioning.commissioning.repository.FrameworkRepository;
import org.jointcommissioning.common.concurrency.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.domain.EvaluationModel;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.money.Money;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Frameworks: written by the partnership's admins and commissioners, read by anyone signed in. */
@ApplicationScoped
public class FrameworkService {

    @Inject
    FrameworkRepository frameworks;

    @Inject
    Caller caller;

    @Inject
    StandstillCalendar standstill;

    @Inject
    Clock clock;

    @Transactional
    public Framework create(FrameworkDraft request) {
        String orgId = caller.requireOrgId();
        check(request);
        Framework framework = new Framework();
        framework.id = UUID.randomUUID().toString();
        framework.createdByOrgId = orgId;
        framework.createdAt = clock.instant();
        apply(framework, request);
        frameworks.persist(framework);
        return framework;
    }

    /** The partnership's admins may edit any framework; a commissioner only their own partner's. */
    @Transactional
    public Framework update(String id, FrameworkDraft request, String ifMatch) {
        Framework framework = find(id);
        new IfMatch(ifMatch).check(framework.version, "The framework");
        if (!caller.hasRole(Roles.PARTNERSHIP_ADMIN) && !caller.belongsTo(framework.createdByOrgId)) {
            throw ProblemException.forbidden("Only the partnership's admins or its author's commissioners may edit it");
        }
        check(request);
        apply(framework, request);
        return framework;
    }

    public Framework find(String id) {
        Framework framework = frameworks.findById(id);
        if (framework == null) {
            throw ProblemException.notFound("Framework", id);
        }
        return framework;
    }

    public Page<Framework> list(PageRequest page) {
        return frameworks.page(page);
    }

    private void apply(Framework framework, FrameworkDraft request) {
        framework.name = request.name();
        framework.description = request.description();
        framework.principles = List.copyOf(request.principles());
        framework.themes = List.copyOf(request.themes());
        framework.criteria = List.copyOf(request.criteria());
        framework.reservedLotsAllowed = request.reservedLotsAllowed();
        framework.proportionateThreshold = request.proportionateThreshold() == null ? null
                : request.proportionateThreshold().amount();
        framework.standstillWorkingDays = request.standstillWorkingDays() == null ? standstill.defaultWorkingDays()
                : request.standstillWorkingDays();
        framework.updatedAt = clock.instant();
    }

    private static void check(FrameworkDraft request) {
        List<Problem.FieldError> errors = new ArrayList<>(EvaluationModel.check(request.criteria(), "criteria"));
        if (request.proportionateThreshold() != null && !Money.GBP.equals(request.proportionateThreshold().currency())) {
            errors.add(new Problem.FieldError("proportionateThreshold", "must be in GBP"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }
}
