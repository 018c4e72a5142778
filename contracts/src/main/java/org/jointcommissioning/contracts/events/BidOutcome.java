package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;

/** The result of one bid in an awarded lot: {@code outcome} is awarded or unsuccessful. */
@Event(type = "commissioning.BidOutcome.v1", topic = Topics.COMMISSIONING_AWARDS)
public record BidOutcome(
        String bidId,
        String awardId,
        String opportunityId,
        String lotId,
        String organisationId,
        String outcome,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score,
        int rank,
        String feedback) {
}
