package org.jointcommissioning.contracts.events;

import org.jointcommissioning.contracts.schema.OneOf;
import org.jointcommissioning.contracts.schema.Range;

/** An evaluation criterion: {@code kind} is price, quality or social-value; weights of an opportunity sum to 100. */
public record CriterionSummary(String criterionId, String name, @OneOf({"price", "quality", "social-value"}) String kind,
                               @Range(min = 0, max = 100) int weight) {
}
