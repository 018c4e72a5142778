package org.jointcommissioning.budgets.domain;

/** A new partner of the partnership: its slug (the org_id of its people), name and kind. */
public record PartnerDraft(String id, String name, PartnerKind kind) {
}
