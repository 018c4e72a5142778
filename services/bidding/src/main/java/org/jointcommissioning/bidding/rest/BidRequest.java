package org.jointcommissioning.bidding.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointcommissioning.bidding.domain.BidDraft;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

import java.util.List;

/** A new bid on one lot of a published opportunity. */
public record BidRequest(
        @NotBlank @Size(max = 100) String opportunityId,
        @NotBlank @Size(max = 100) String lotId,
        @NotNull @ValidMoney Money price,
        @NotNull @Size(max = 100) List<@NotNull @Valid AnswerRequest> answers,
        @Size(max = 100) List<@NotNull @Valid SocialValueRequest> socialValue,
        @Size(max = 100) List<@NotNull @Valid IndicatorContributionRequest> indicatorContributions,
        @Size(max = 50) List<@NotNull @Valid ConsortiumMemberRequest> consortium) {

    public BidDraft draft() {
        return new BidChanges(price, answers, socialValue, indicatorContributions, consortium).draft();
    }
}
