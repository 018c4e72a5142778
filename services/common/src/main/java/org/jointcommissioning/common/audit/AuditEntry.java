package org.jointcommissioning.common.audit;

import java.time.Instant;
import java.util.List;

/** One revision of a record: who changed it, when, in which request, and what changed. */
public record AuditEntry(long revision, Instant changedAt, AuditAction action, String subject, String userName,
                         String orgId, String requestId, List<AuditChange> changes) {
}
