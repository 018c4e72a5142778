package org.jointcommissioning.commissioning.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

/**
 * An award; {@code standstillEndsAt} says when its contract may be entered into, {@code failureReason} why the fund
 * refused, {@code cancelReason} why it was cancelled.
 */
public record AwardResponse(
        @Schema(required = true, maxLength = Limits.ID) String id,
        @Schema(required = true, maxLength = Limits.ID) String opportunityId,
        @Schema(required = true, maxLength = Limits.FOREIGN_ID) String lotId,
        @Schema(required = true, maxLength = Limits.FOREIGN_ID) String bidId,
        @Schema(required = true, maxLength = Limits.FOREIGN_ID) String supplierOrganisationId,
        @Schema(required = true, maxLength = 300) String supplierName,
        @Schema(required = true) Money amount,
        @Schema(required = true, maxLength = Limits.FOREIGN_ID) String fundId,
        @Schema(required = true) AwardStatus status,
        @Schema(description = "Why the fund could not reserve the money, if it could not", maxLength = Limits.REASON)
        String failureReason,
        @Schema(description = "Why the award was cancelled, if it was", maxLength = Limits.REASON) String cancelReason,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When the fund reserved the money and the decision was notified, if it was")
        Instant standstillStartedAt,
        @Schema(description = "When the standstill ends: the contract may not be entered into, and unsuccessful "
                + "bidders may challenge the decision, until then (equal to standstillStartedAt without a standstill)")
        Instant standstillEndsAt,
        @Schema(description = "When the contract was entered into, if it was") Instant activatedAt,
        @Schema(description = "When funding failed or the award was cancelled, if it did or was") Instant endedAt) {

    /** The award of the opened bid it names ({@code bid.bidId} equals {@code a.bidId}). */
    static AwardResponse of(Award a, OpenedBid bid) {
        return new AwardResponse(a.id, a.opportunityId, a.lotId, a.bidId, bid.organisationId, bid.organisationName,
                a.amount.toMoney(), a.fundId, a.status(), a.failureReason(), a.cancelReason(), a.createdAt,
                a.standstillStartedAt(), a.standstillEndsAt(), a.activatedAt(), a.endedAt());
    }
}
