package org.jointcommissioning.outcomes.service;

import org.jointcommissioning.common.concurrency.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.identity.Caller;
import jakarta.transaction.Transactional;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.domain.Decimals;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.IndicatorDraft;
import org.jointcommissioning.outcomes.domain.IndicatorFilter;
import org.jointcommissioning.outcomes.domain.Period;
import org.jointcommissioning.outcomes.domain.RagStatus;
import org.jointcommissioning.outcomes.domain.Reading;
import org.jointcommissioning.outcomes.domain.Target;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sets up and changes indicators, their owner and contributors. A partnership admin may do so for any
 * partnership; a performance officer only for indicators their own organisation owns.
 */
@ApplicationScoped
public class IndicatorService {

    @Inject
    Caller caller;

    @Inject
    IndicatorRepository indicators;

    @Inject
    StatusService status;

    @Inject
    Clock clock;

    @Transactional
    public Indicator create(IndicatorDraft request) {
        requireMayKeep(request.ownerPartnership());
        checkTargets(request);
        checkContributors(request);
        if (indicators.findById(request.code()) != null) {
            throw ProblemException.conflict("Indicator " + request.code() + " already exists");
        }
        if (indicators.countForAddition() >= Indicator.MAX_PER_AGREEMENT) {
            throw ProblemException.conflict("The agreement already tracks " + Indicator.MAX_PER_AGREEMENT
                    + " indicators, the most it may; retire one before adding " + request.code());
        }
        Indicator indicator = new Indicator();
        indicator.code = request.code();
        indicator.status = RagStatus.NO_DATA;
        indicator.createdAt = clock.instant();
        apply(indicator, request);
        indicators.persist(indicator);
        return indicator;
    }

    @Transactional
    public Indicator update(String code, IndicatorDraft request, IfMatch ifMatch) {
        Indicator indicator = indicators.require(code);
        if (!code.equals(request.code())) {
            throw ProblemException.invalidField("code", "must be " + code + ", the code in the path; codes do not change");
        }
        requireMayKeep(indicator.ownerPartnership);
        requireMayKeep(request.ownerPartnership());
        ifMatch.check(indicator.version, "Indicator " + code);
        checkTargets(request);
        checkContributors(request);
        apply(indicator, request);
        status.refresh(indicator); // a new baseline or target moves the path
        indicators.flush(); // the new version is the answer's ETag
        return indicator;
    }

    private void apply(Indicator indicator, IndicatorDraft request) {
        indicator.title = request.title();
        indicator.kind = request.kind();
        indicator.polarity = request.polarity();
        indicator.unit = request.unit();
        indicator.theme = request.theme();
        indicator.ownerPartnership = request.ownerPartnership();
        indicator.contributors.clear();
        indicator.contributors.addAll(request.contributors());
        indicator.baselinePeriod = request.baseline().period();
        indicator.baselineValue = Decimals.stored(request.baseline().value());
        indicator.targets.clear();
        for (Reading target : request.targets()) {
            indicator.targets.add(new Target(target.period(), Decimals.stored(target.value())));
        }
        indicator.updatedAt = clock.instant();
    }

    private void requireMayKeep(String ownerPartnership) {
        if (!caller.hasRole(Roles.PARTNERSHIP_ADMIN) && !caller.hasRoleFor(Roles.PERFORMANCE_OFFICER, ownerPartnership)) {
            throw ProblemException.forbidden(
                    "Only a partnership admin or a performance officer of " + ownerPartnership + " may keep its indicators");
        }
    }

    /** Each contributor once, and never the owner, who has its part already. */
    private void checkContributors(IndicatorDraft request) {
        List<String> contributors = request.contributors();
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < contributors.size(); i++) {
            String field = "contributors[" + i + "]";
            if (contributors.get(i).equals(request.ownerPartnership())) {
                errors.add(new Problem.FieldError(field, "is the owner; list only the other partners who contribute"));
            } else if (!seen.add(contributors.get(i))) {
                errors.add(new Problem.FieldError(field, "is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    /** Targets lie after the baseline, one per period. */
    private void checkTargets(IndicatorDraft request) {
        Period baseline = Period.of(request.baseline().period());
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.targets().size(); i++) {
            Period period = Period.of(request.targets().get(i).period());
            String field = "targets[" + i + "].period";
            if (period.endQuarter() <= baseline.endQuarter()) {
                errors.add(new Problem.FieldError(field, "must end after the baseline period " + baseline));
            } else if (!seen.add(period.toString())) {
                errors.add(new Problem.FieldError(field, "has a target already"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    public Page<Indicator> list(IndicatorFilter filter, PageRequest page) {
        return indicators.list(filter, page);
    }

    public Indicator get(String code) {
        return indicators.require(code);
    }
}
