package org.jointcommissioning.budgets.service;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.budgets.domain.BudgetLine;
import org.jointcommissioning.budgets.domain.CommitmentPlan;
import org.jointcommissioning.budgets.domain.Contribution;
import org.jointcommissioning.budgets.domain.FundYear;
import org.jointcommissioning.budgets.domain.Payment;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.Reservation;
import org.jointcommissioning.common.kebab.Kebab;

/** The kinds of record whose history the budgets audit trail answers, as the {@code entity} parameter names them. */
public enum AuditedRecord {
    FUND("Fund", PooledFund.class),
    CONTRIBUTION("Contribution", Contribution.class),
    RESERVATION("Reservation", Reservation.class),
    PAYMENT("Payment", Payment.class),
    FINANCIAL_YEAR("Financial year", FundYear.class),
    BUDGET_LINE("Budget line", BudgetLine.class),
    COMMITMENT_PLAN("Commitment plan", CommitmentPlan.class);

    final String what;
    final Class<?> entity;

    AuditedRecord(String what, Class<?> entity) {
        this.what = what;
        this.entity = entity;
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
