package org.jointcommissioning.commissioning.rest;

import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

/** An award; {@code failureReason} says why the fund refused, {@code cancelReason} why it was cancelled. */
public record AwardResponse(
        String id,
        String opportunityId,
        String lotId,
        String bidId,
        String supplierOrganisationId,
        String supplierName,
        Money amount,
        String fundId,
        AwardStatus status,
        String failureReason,
        String cancelReason,
        Instant createdAt,
        Instant activatedAt,
        Instant endedAt) {

    static AwardResponse of(Award a) {
        OpenedBid bid = OpenedBid.findById(a.bidId);
        return new AwardResponse(a.id, a.opportunityId, a.lotId, a.bidId, bid.organisationId, bid.organisationName,
                Money.of(a.amount, a.currency), a.fundId, a.status, a.failureReason, a.cancelReason, a.createdAt,
                a.activatedAt, a.endedAt);
    }
}
