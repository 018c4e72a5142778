package org.jointcommissioning.commissioning.domain;

import org.jointcommissioning.contracts.money.Money;

import java.util.List;

/** A commissioning framework as its author writes it, checked by the web layer for form and limits. */
public record FrameworkDraft(String name, String description, List<String> principles, List<String> themes,
                             List<Criterion> criteria, boolean reservedLotsAllowed, Money proportionateThreshold,
                             Integer standstillWorkingDays) {
}
