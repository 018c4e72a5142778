package org.jointcommissioning.budgets.domain;

/**
 * A new partner of the partnership: its slug (the org_id of its people), name, kind and, when known, its
 * org-id.guide identifier (null when not).
 */
public record PartnerDraft(String id, String name, PartnerKind kind, String identifier) {
}
