package org.jointcommissioning.commissioning.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.domain.Criterion;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.domain.Route;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** An opportunity; the instants of steps it has not reached, and a reason it was not cancelled for, are left out. */
public record OpportunityResponse(
        @Schema(required = true, maxLength = Limits.ID) String id,
        @Schema(required = true, maxLength = Limits.FOREIGN_ID) String ownerOrgId,
        @Schema(required = true, maxLength = Limits.ID) String frameworkId,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true, maxLength = 20000) String description,
        @Schema(required = true) Route route,
        @Schema(required = true, maxLength = Limits.FOREIGN_ID) String fundId,
        @Schema(required = true) OpportunityStatus status,
        @Schema(required = true, description = "The sum of the lots' estimated values") Money estimatedValue,
        @Schema(required = true, maxItems = 50) List<LotResponse> lots,
        @Schema(required = true, maxItems = 20) List<Criterion> criteria,
        @Schema(required = true, maxItems = 50) List<IndicatorTargetResponse> indicators,
        @Schema(required = true) Instant clarificationDeadline,
        @Schema(required = true) Instant submissionDeadline,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When it was published, once it is") Instant publishedAt,
        @Schema(description = "When bids were opened at the submission deadline, once they are") Instant closedAt,
        @Schema(description = "When it was cancelled, if it was") Instant cancelledAt,
        @Schema(description = "Why it was cancelled, if it was", maxLength = Limits.REASON) String cancelReason) {

    /** {@code awardedLots}: the ids of the lots with an active award. */
    public static OpportunityResponse of(Opportunity o, Set<String> awardedLots) {
        List<LotResponse> lots = o.lots.stream()
                .map(l -> new LotResponse(l.id(), l.title(), l.estimatedValue(), l.reservedForVoluntarySector(),
                        awardedLots.contains(l.id()) ? LotResponse.Status.AWARDED : LotResponse.Status.OPEN))
                .toList();
        List<IndicatorTargetResponse> indicators = o.indicators.stream().map(IndicatorTargetResponse::of).toList();
        return new OpportunityResponse(o.id, o.ownerOrgId, o.frameworkId, o.title, o.description, o.route, o.fundId,
                o.status(), Money.of(o.estimatedValue, Money.GBP), lots, o.criteria, indicators,
                o.clarificationDeadline, o.submissionDeadline, o.createdAt, o.publishedAt(), o.closedAt(), o.cancelledAt(),
                o.cancelReason());
    }
}
