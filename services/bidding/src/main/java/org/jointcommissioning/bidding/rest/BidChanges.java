package org.jointcommissioning.bidding.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointcommissioning.bidding.domain.BidContent;
import org.jointcommissioning.bidding.domain.BidDraft;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

import java.util.List;
import java.util.function.Function;

/** The whole editable part of a bid: what PUT replaces (the opportunity and lot stay as submitted). */
public record BidChanges(
        @NotNull @ValidMoney Money price,
        @NotNull @Size(max = 100) List<@NotNull @Valid AnswerRequest> answers,
        @Size(max = 100) List<@NotNull @Valid SocialValueRequest> socialValue,
        @Size(max = 100) List<@NotNull @Valid IndicatorContributionRequest> indicatorContributions,
        @Size(max = 50) List<@NotNull @Valid ConsortiumMemberRequest> consortium) {

    public BidDraft draft() {
        return new BidDraft(price, new BidContent(
                map(answers, a -> new BidContent.Answer(a.criterionId(), a.text())),
                map(socialValue, s -> new BidContent.SocialValueCommitment(s.description(), s.measure(),
                        Decimals.plain(s.quantity()))),
                map(indicatorContributions, i -> new BidContent.IndicatorContribution(i.code(),
                        Decimals.plain(i.expectedImprovement()))),
                map(consortium, c -> new BidContent.ConsortiumMember(c.name(), c.role(), c.charityNumber(),
                        c.companyNumber()))));
    }

    private static <A, B> List<B> map(List<A> items, Function<A, B> mapper) {
        return items == null ? List.of() : items.stream().map(mapper).toList();
    }
}
