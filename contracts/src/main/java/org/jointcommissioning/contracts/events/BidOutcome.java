package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonFormat;
import org.jointcommissioning.contracts.schema.Nullable;
import org.jointcommissioning.contracts.schema.OneOf;
import org.jointcommissioning.contracts.schema.Range;

import java.math.BigDecimal;

/** The result of one bid in an awarded lot: {@code outcome} is awarded or unsuccessful. */
@JsonClassDescription("The result of one bid in an awarded lot.")
@Event(type = "commissioning.BidOutcome.v1", topic = Topics.COMMISSIONING_AWARDS)
public record BidOutcome(
        String bidId,
        String awardId,
        String opportunityId,
        String lotId,
        String organisationId,
        @OneOf({"awarded", "unsuccessful"}) String outcome,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score,
        @Range(min = 1) int rank,
        @Nullable String feedback) {
}
