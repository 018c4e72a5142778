package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jointcommissioning.contracts.schema.Matches;
import org.jointcommissioning.contracts.schema.NonEmpty;
import org.jointcommissioning.contracts.schema.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * The partners that are members of a pooled fund, and whether it is open. Sent when the fund is created,
 * when its membership changes and when it closes, so that other services know who may draw on it. The members'
 * names and open-data identifiers travel with it, because the open data that other services publish (OCDS parties,
 * 360Giving funding organisations) name the partners that fund what they commission.
 */
@JsonClassDescription("The members of a pooled fund and whether it is open: sent when the fund is created, when its membership changes and when it closes.")
@Event(type = "budgets.FundMembershipChanged.v1", topic = Topics.BUDGETS_FUNDS)
public record FundMembershipChanged(
        String fundId,
        String hostPartnerId,
        @JsonPropertyDescription("An open fund takes pledges and funds new awards.") boolean open,
        @JsonPropertyDescription("Every member partner, the host included.") @NonEmpty(distinct = true)
        List<String> members,
        @JsonPropertyDescription("Every member partner as the open data names it, in the order of members.")
        @NonEmpty(distinct = true) List<Partner> partners,
        Instant changedAt) {

    /** A partner's name and, when it has one, its organisation identifier in the org-id.guide form. */
    public record Partner(
            String id,
            String name,
            @JsonPropertyDescription("An org-id.guide identifier such as GB-LAE-KEN or GB-NHS-RVV; null when the partner has none.")
            @Nullable @Matches(OrgIdentifier.PATTERN) String identifier) {
    }
}
