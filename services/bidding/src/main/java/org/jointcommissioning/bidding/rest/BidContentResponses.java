package org.jointcommissioning.bidding.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.BidContent;
import org.jointcommissioning.bidding.domain.ConsortiumRole;

import java.math.BigDecimal;

/**
 * A bid's sealed content as the API answers it. The bid keeps its decimals as strings; here they are JSON numbers,
 * as the API's conventions say.
 */
final class BidContentResponses {

    private BidContentResponses() {
    }

    @Schema(name = "Answer")
    record Answer(
            @Schema(required = true, maxLength = 100) String criterionId,
            @Schema(required = true, maxLength = 10_000) String text) {

        static Answer of(BidContent.Answer a) {
            return new Answer(a.criterionId(), a.text());
        }
    }

    @Schema(name = "SocialValueCommitment")
    record SocialValue(
            @Schema(required = true, maxLength = 2000) String description,
            @Schema(maxLength = 200) String measure,
            @Schema(description = "How many, in the measure: " + Decimals.PRECISION, minimum = "0",
                    maximum = "999999999999999.9999") BigDecimal quantity) {

        static SocialValue of(BidContent.SocialValueCommitment s) {
            return new SocialValue(s.description(), s.measure(), s.quantity());
        }
    }

    @Schema(name = "IndicatorContribution")
    record IndicatorContribution(
            @Schema(required = true, maxLength = 50) String code,
            @Schema(required = true, description = "In the indicator's unit: " + Decimals.PRECISION,
                    minimum = "-999999999999999.9999", maximum = "999999999999999.9999") BigDecimal expectedImprovement) {

        static IndicatorContribution of(BidContent.IndicatorContribution t) {
            return new IndicatorContribution(t.code(), t.expectedImprovement());
        }
    }

    @Schema(name = "ConsortiumMember")
    record ConsortiumMember(
            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true) ConsortiumRole role,
            @Schema(maxLength = 10) String charityNumber,
            @Schema(maxLength = 8) String companyNumber) {

        static ConsortiumMember of(BidContent.ConsortiumMember m) {
            return new ConsortiumMember(m.name(), m.role(), m.charityNumber(),
                    m.companyNumber());
        }
    }
}
