package org.jointcommissioning.budgets.rest;

import org.jointcommissioning.common.problem.ProblemException;

import java.time.YearMonth;

/** A month on the wire: yyyy-MM. */
final class Months {

    static final String PATTERN = "[0-9]{4}-(0[1-9]|1[0-2])";
    static final String RULE = "must be a month such as 2026-05";

    private Months() {
    }

    static YearMonth parse(String field, String month) {
        if (month == null || !month.matches(PATTERN)) {
            throw ProblemException.invalidField(field, RULE);
        }
        return YearMonth.parse(month);
    }
}
