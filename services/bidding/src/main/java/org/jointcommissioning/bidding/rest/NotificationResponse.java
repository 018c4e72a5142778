package org.jointcommissioning.bidding.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.Notification;
import org.jointcommissioning.bidding.domain.NotificationKind;

import java.time.Instant;

/** Something the organisation was told; alertId names the saved search that matched, if one did. */
public record NotificationResponse(
        @Schema(required = true, maxLength = 36) String id,
        @Schema(required = true) NotificationKind kind,
        @Schema(required = true, maxLength = 100) String opportunityId,
        @Schema(maxLength = 36) String alertId,
        @Schema(required = true, maxLength = 600) String title,
        @Schema(required = true, maxLength = 20000) String message,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When one of the organisation's users marked it read; left out while unread")
        Instant readAt) {

    static NotificationResponse of(Notification n) {
        return new NotificationResponse(n.id, n.kind, n.opportunityId, n.alertId, n.title, n.message, n.createdAt,
                n.readAt);
    }
}
