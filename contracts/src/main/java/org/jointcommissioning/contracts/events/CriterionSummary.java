package org.jointcommissioning.contracts.events;

/** An evaluation criterion: {@code kind} is price, quality or social-value; weights of an opportunity sum to 100. */
public record CriterionSummary(String criterionId, String name, String kind, int weight) {
}
