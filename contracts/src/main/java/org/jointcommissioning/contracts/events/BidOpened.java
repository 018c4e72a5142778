package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** After the deadline: a live bid with its content and price, for evaluation. */
@Event(type = "bidding.BidOpened.v1", topic = Topics.BIDDING_BIDS)
public record BidOpened(
        String bidId,
        String opportunityId,
        String lotId,
        String organisationId,
        String organisationName,
        String legalForm,
        String size,
        Money price,
        List<Answer> answers,
        List<SocialValueCommitment> socialValue,
        List<IndicatorTarget> indicatorContributions,
        List<ConsortiumMember> consortium,
        Instant submittedAt,
        Instant openedAt) {

    public record Answer(String criterionId, String text) {
    }

    public record SocialValueCommitment(String description, String measure,
                                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {
    }

    /** {@code role} is lead or member; exactly one lead, the bidding organisation. */
    public record ConsortiumMember(String name, String role, String charityNumber, String companyNumber) {
    }
}
