package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.config.OpportunityConfig;
import org.jointcommissioning.commissioning.domain.EvaluationModel;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.commissioning.domain.Lot;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.money.Money;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a draft must satisfy to be published; every broken rule is reported at once (400). */
@ApplicationScoped
public class PublishRules {

    /** The proportionate process asks at most this many quality questions. */
    static final int PROPORTIONATE_QUALITY_QUESTIONS = 5;

    @Inject
    Clock clock;

    @Inject
    OpportunityConfig config;

    @Inject
    FundMembers funds;

    public void check(Opportunity o, Framework framework) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Instant earliest = clock.instant().plus(config.minimumNotice());
        if (!o.submissionDeadline.isAfter(earliest)) {
            errors.add(new Problem.FieldError("submissionDeadline",
                    "must be after " + earliest + " (now plus the minimum notice of " + config.minimumNotice() + ")"));
        }
        if (!o.clarificationDeadline.isAfter(earliest)) {
            errors.add(new Problem.FieldError("clarificationDeadline",
                    "must be after " + earliest + " (now plus the minimum notice of " + config.minimumNotice() + ")"));
        }
        if (o.clarificationDeadline.isAfter(o.submissionDeadline)) {
            errors.add(new Problem.FieldError("clarificationDeadline", "must not be after the submission deadline"));
        }
        // The fund may have closed, or the owner left it, since the draft named it.
        funds.refusal(o.fundId, o.ownerOrgId).ifPresent(errors::add);
        checkLots(o, framework, errors);
        errors.addAll(EvaluationModel.check(o.criteria, "criteria"));
        if (framework.proportionateThreshold != null && o.estimatedValue.compareTo(framework.proportionateThreshold) < 0
                && EvaluationModel.qualityQuestions(o.criteria) > PROPORTIONATE_QUALITY_QUESTIONS) {
            errors.add(new Problem.FieldError("criteria", "below the framework's proportionate threshold of "
                    + framework.proportionateThreshold + " at most 5 quality criteria apply"));
        }
        for (int i = 0; i < o.indicators.size(); i++) {
            if (o.indicators.get(i).code() == null || o.indicators.get(i).code().isBlank()
                    || o.indicators.get(i).expectedImprovement() == null) {
                errors.add(new Problem.FieldError("indicators[" + i + "]", "needs a code and an expected improvement"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
    }

    private static void checkLots(Opportunity o, Framework framework, List<Problem.FieldError> errors) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < o.lots.size(); i++) {
            Lot lot = o.lots.get(i);
            if (!ids.add(lot.id())) {
                errors.add(new Problem.FieldError("lots[" + i + "].id", "lot id '" + lot.id() + "' is used twice"));
            }
            if (!Money.GBP.equals(lot.estimatedValue().currency())) {
                errors.add(new Problem.FieldError("lots[" + i + "].estimatedValue", "must be in GBP"));
            }
            if (lot.reservedForVoluntarySector() && !framework.reservedLotsAllowed) {
                errors.add(new Problem.FieldError("lots[" + i + "].reservedForVoluntarySector",
                        "the framework does not allow lots reserved for the voluntary sector"));
            }
        }
    }
}
