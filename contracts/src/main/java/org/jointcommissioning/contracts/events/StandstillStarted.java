package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;

import java.time.Instant;

/**
 * The fund has reserved the money and the award decision is notified to every bidder in the lot: the contract may
 * not be entered into before {@code standstillEndsAt}, and unsuccessful bidders may challenge the decision until then.
 */
@JsonClassDescription("The award decision is notified; the contract may not be entered into before the standstill ends.")
@Event(type = "commissioning.StandstillStarted.v1", topic = Topics.COMMISSIONING_AWARDS)
public record StandstillStarted(
        String awardId,
        String opportunityId,
        String lotId,
        String bidId,
        String ownerOrgId,
        String fundId,
        Instant startedAt,
        Instant standstillEndsAt) {
}
