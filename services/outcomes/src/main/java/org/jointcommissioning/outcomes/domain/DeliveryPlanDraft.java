package org.jointcommissioning.outcomes.domain;

import java.time.LocalDate;
import java.util.List;

/** A delivery plan as its owner writes it: who leads it and its actions. */
public record DeliveryPlanDraft(String owner, List<Action> actions) {

    public record Action(String title, String owner, LocalDate due, ActionStatus status) {
    }
}
