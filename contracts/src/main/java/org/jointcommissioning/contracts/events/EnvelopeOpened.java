package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.time.Instant;

@JsonClassDescription("A commissioner opened one envelope (qualification, technical or financial) of an opened bid:"
        + " its documents may now be read by the opportunity's owner and the auditor. Ids and counts only.")
@Event(type = "bidding.EnvelopeOpened.v1", topic = Topics.BIDDING_BIDS)
public record EnvelopeOpened(String bidId, String opportunityId, String lotId, String envelope, int documents,
                             Instant openedAt) {
}
