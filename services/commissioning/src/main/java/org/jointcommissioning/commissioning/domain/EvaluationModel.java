package org.jointcommissioning.commissioning.domain;

import org.jointcommissioning.common.problem.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules every set of criteria keeps, in a framework or in an opportunity that overrides it. */
public final class EvaluationModel {

    public static final int TOTAL_WEIGHT = 100;
    public static final int MINIMUM_SOCIAL_VALUE_WEIGHT = 10;

    private EvaluationModel() {
    }

    /** The broken rules, as field errors under {@code field}; empty when the criteria are sound. */
    public static List<Problem.FieldError> check(List<Criterion> criteria, String field) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            errors.add(new Problem.FieldError(field, "at least one criterion is required"));
            return errors;
        }
        Set<String> ids = new HashSet<>();
        int total = 0;
        int socialValue = 0;
        int prices = 0;
        for (Criterion criterion : criteria) {
            if (!ids.add(criterion.id())) {
                errors.add(new Problem.FieldError(field, "criterion id '" + criterion.id() + "' is used twice"));
            }
            total += criterion.weight();
            if (criterion.kind() == CriterionKind.SOCIAL_VALUE) {
                socialValue += criterion.weight();
            }
            if (criterion.kind() == CriterionKind.PRICE) {
                prices++;
            }
        }
        if (total != TOTAL_WEIGHT) {
            errors.add(new Problem.FieldError(field, "weights must sum to 100, not " + total));
        }
        if (socialValue < MINIMUM_SOCIAL_VALUE_WEIGHT) {
            errors.add(new Problem.FieldError(field, "social value must weigh at least 10 in all, not " + socialValue));
        }
        if (prices > 1) {
            errors.add(new Problem.FieldError(field, "at most one price criterion"));
        }
        return errors;
    }

    public static long qualityQuestions(List<Criterion> criteria) {
        return criteria.stream().filter(c -> c.kind() == CriterionKind.QUALITY).count();
    }
}
