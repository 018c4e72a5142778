package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sealed content of a bid besides its price, kept as one JSON document: it is read and written whole. Its
 * decimals are kept as strings, exactly as written.
 */
public record BidContent(
        List<Answer> answers,
        List<SocialValueCommitment> socialValue,
        List<IndicatorContribution> indicatorContributions,
        List<ConsortiumMember> consortium) {

    /** The answer to one quality or social-value criterion. */
    public record Answer(String criterionId, String text) {
    }

    public record SocialValueCommitment(String description, String measure,
                                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {
    }

    /** An LAA indicator the bid will move, and by how much in the indicator's unit. */
    public record IndicatorContribution(String code,
                                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expectedImprovement) {
    }

    public record ConsortiumMember(String name, ConsortiumRole role, String charityNumber, String companyNumber) {
    }
}
