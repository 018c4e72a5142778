package org.jointcommissioning.bidding.domain;

/** An opportunity's evaluation criterion as published; {@code kind} is price, quality or social-value. */
public record Criterion(String criterionId, String name, String kind, int weight) {
}
