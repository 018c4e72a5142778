package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.contracts.schema.OneOf;

import java.time.Instant;
import java.util.List;

/** A fund's year is closed: its outturn, its over- or underspend and each partner's share of it, posted. */
@JsonClassDescription("A pooled fund's financial year closed: outturn, variance and each partner's share, posted.")
@Event(type = "budgets.FinancialYearClosed.v1", topic = Topics.BUDGETS_FUNDS)
public record FinancialYearClosed(
        String fundId,
        String year,
        @JsonPropertyDescription("What the year had: contributions, commitments rolled in and underspend carried in.")
        Money resources,
        @JsonPropertyDescription("Spent in the year.") Money outturn,
        @JsonPropertyDescription("Commitments still open at the close, rolled into the next year.")
        Money rolledCommitments,
        @JsonPropertyDescription("Resources less outturn less rolled commitments: below zero an overspend.")
        Money variance,
        @OneOf({"overspend", "underspend", "balanced"}) String result,
        @OneOf({"proportional", "fixed", "waterfall"}) String riskShareRule,
        @JsonPropertyDescription("Each partner's share of the variance, summing to it to the penny.")
        List<PartnerAmount> shares,
        Instant closedAt) {
}
