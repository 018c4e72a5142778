package org.jointcommissioning.common.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The wire form of an {@link AuditEntry}, the same in every service's audit trail. */
@Schema(name = "AuditEntry", description = "One revision of a record: who changed it, when, in which request, and "
        + "the fields that changed")
public record AuditEntryResponse(
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807", format = "int64",
                description = "The revision's number, rising with every transaction that changed audited data")
        long revision,
        @Schema(required = true, description = "When the change was committed") Instant changedAt,
        @Schema(required = true) AuditAction action,
        @Schema(required = true, maxLength = 200, description = "Who made the change: the token's subject; "
                + "event:<consumer> for a change an event consumer made; system for one a scheduled job made")
        String subject,
        @Schema(required = true, maxLength = 200, description = "The person's user name (or the consumer's name)")
        String userName,
        @Schema(maxLength = 100, description = "The organisation the person acted for, if their token names one")
        String orgId,
        @Schema(maxLength = 200, description = "The X-Request-Id of the request that made the change, or the id of "
                + "the event whose consumer made it")
        String requestId,
        @Schema(required = true, maxItems = AuditLog.MAX_CHANGES, description = "The fields that changed, in the "
                + "record's field order; for a creation every field with a value, for a removal every field it had")
        List<AuditChangeResponse> changes) {

    public static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(entry.revision(), entry.changedAt(), entry.action(), entry.subject(),
                entry.userName(), entry.orgId(), entry.requestId(),
                entry.changes().stream().map(AuditChangeResponse::of).toList());
    }

    /** One field, before and after. */
    @Schema(name = "AuditChange", description = "A field's value before and after the change; a value is absent where "
            + "the field had none (before a creation, after a removal, an empty field, or a record older than the "
            + "trail)")
    public record AuditChangeResponse(
            @Schema(required = true, maxLength = 200, description = "The field, as the service names it; an embedded "
                    + "value's parts are named part by part (price.amount)")
            String field,
            @Schema(ref = AuditValueSchema.NAME) Object before,
            @Schema(ref = AuditValueSchema.NAME) Object after) {

        static AuditChangeResponse of(AuditChange change) {
            return new AuditChangeResponse(change.field(), change.before(), change.after());
        }
    }
}
