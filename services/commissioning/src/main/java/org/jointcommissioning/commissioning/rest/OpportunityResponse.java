package org.jointcommissioning.commissioning.rest;

import org.jointcommissioning.commissioning.domain.Criterion;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.domain.Route;
import org.jointcommissioning.contracts.events.IndicatorTarget;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.Set;

public record OpportunityResponse(
        String id,
        String ownerOrgId,
        String frameworkId,
        String title,
        String description,
        Route route,
        String fundId,
        OpportunityStatus status,
        Money estimatedValue,
        List<LotResponse> lots,
        List<Criterion> criteria,
        List<IndicatorTarget> indicators,
        Instant clarificationDeadline,
        Instant submissionDeadline,
        Instant createdAt,
        Instant publishedAt,
        Instant closedAt,
        Instant cancelledAt,
        String cancelReason) {

    /** {@code awardedLots}: the ids of the lots with an active award. */
    public static OpportunityResponse of(Opportunity o, Set<String> awardedLots) {
        List<LotResponse> lots = o.lots.stream()
                .map(l -> new LotResponse(l.id(), l.title(), l.estimatedValue(), l.reservedForVoluntarySector(),
                        awardedLots.contains(l.id()) ? "awarded" : "open"))
                .toList();
        return new OpportunityResponse(o.id, o.ownerOrgId, o.frameworkId, o.title, o.description, o.route, o.fundId,
                o.status, Money.of(o.estimatedValue, Money.GBP), lots, o.criteria, o.indicators,
                o.clarificationDeadline, o.submissionDeadline, o.createdAt, o.publishedAt, o.closedAt, o.cancelledAt,
                o.cancelReason);
    }
}
