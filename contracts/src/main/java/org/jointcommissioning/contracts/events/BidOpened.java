package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.contracts.schema.FreeText;
import org.jointcommissioning.contracts.schema.Nullable;
import org.jointcommissioning.contracts.schema.OneOf;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** After the deadline: a live bid with its content and price, for evaluation. */
@JsonClassDescription("After the deadline: a live bid with its content and price, for evaluation.")
@Event(type = "bidding.BidOpened.v1", topic = Topics.BIDDING_BIDS)
public record BidOpened(
        String bidId,
        String opportunityId,
        String lotId,
        String organisationId,
        String organisationName,
        @OneOf({"charity", "charitable-incorporated-organisation", "community-interest-company", "social-enterprise",
                "community-group", "company"}) String legalForm,
        @OneOf({"micro", "small", "medium", "large"}) String size,
        @JsonPropertyDescription("The bidding organisation's registered charity number, null when it has none.")
        @Nullable String charityNumber,
        @JsonPropertyDescription("The bidding organisation's Companies House number, null when it has none.")
        @Nullable String companyNumber,
        @JsonPropertyDescription("The districts the bidding organisation serves, as it names them; empty when it names none.")
        List<String> districtsServed,
        Money price,
        List<Answer> answers,
        List<SocialValueCommitment> socialValue,
        List<IndicatorTarget> indicatorContributions,
        List<ConsortiumMember> consortium,
        Instant submittedAt,
        Instant openedAt) {

    public record Answer(String criterionId, @FreeText(maxLength = 10000) String text) {
    }

    public record SocialValueCommitment(String description, @Nullable String measure,
                                        @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {
    }

    /** {@code role} is lead or member; exactly one lead, the bidding organisation. */
    public record ConsortiumMember(String name, @OneOf({"lead", "member"}) String role,
                                   @Nullable String charityNumber, @Nullable String companyNumber) {
    }
}
