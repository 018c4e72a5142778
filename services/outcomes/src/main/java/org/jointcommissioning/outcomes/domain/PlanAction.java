package org.jointcommissioning.outcomes.domain;

import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** One action of a delivery plan. */
@Embeddable
public class PlanAction {

    public String title;
    public String owner;
    public LocalDate due;
    public ActionStatus status;

    public PlanAction() {
    }

    public PlanAction(String title, String owner, LocalDate due, ActionStatus status) {
        this.title = title;
        this.owner = owner;
        this.due = due;
        this.status = status;
    }
}
