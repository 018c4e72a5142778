package org.jointcommissioning.common.audit;

/**
 * One field's value before and after a revision; null where it had none (before a record was created, after it was
 * removed, or a field left empty). Values are strings, whole numbers or booleans: see {@link AuditLog}.
 */
public record AuditChange(String field, Object before, Object after) {
}
