package org.jointcommissioning.commissioning.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.commissioning.domain.Lot;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.domain.Route;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;

/**
 * An opportunity as a list shows it: enough to choose one, as a search page of a notice service does. Its lots,
 * criteria, indicators and whole description are read from the opportunity itself; a list of them all would be many
 * times larger (an opportunity may have 50 lots).
 */
@Schema(description = "An opportunity in a list; the whole of it is GET /api/opportunities/{id}")
public record OpportunitySummary(
        @Schema(required = true, maxLength = Limits.ID) String id,
        @Schema(required = true, maxLength = Limits.FOREIGN_ID) String ownerOrgId,
        @Schema(required = true, maxLength = Limits.ID) String frameworkId,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true, maxLength = OpportunitySummary.EXCERPT + 1,
                description = "The description's opening: the whole of a short one, else its first words up to "
                        + OpportunitySummary.EXCERPT + " characters and an ellipsis") String excerpt,
        @Schema(required = true) Route route,
        @Schema(required = true, maxLength = Limits.FOREIGN_ID) String fundId,
        @Schema(required = true) OpportunityStatus status,
        @Schema(required = true, description = "The sum of the lots' estimated values") Money estimatedValue,
        @Schema(required = true, minimum = "0", maximum = "50", description = "How many lots it has") int lotCount,
        @Schema(required = true, minimum = "0", maximum = "50",
                description = "How many of its lots are reserved for the voluntary and community sector")
        int reservedLotCount,
        @Schema(required = true) Instant clarificationDeadline,
        @Schema(required = true) Instant submissionDeadline,
        @Schema(description = "When it was published, once it is") Instant publishedAt,
        @Schema(description = "When bids were opened at the submission deadline, once they are") Instant closedAt,
        @Schema(description = "When it was cancelled, if it was") Instant cancelledAt) {

    static final int EXCERPT = 300;

    public static OpportunitySummary of(Opportunity o) {
        int reserved = (int) o.lots.stream().filter(Lot::reservedForVoluntarySector).count();
        return new OpportunitySummary(o.id, o.ownerOrgId, o.frameworkId, o.title, excerpt(o.description), o.route,
                o.fundId, o.status(), Money.of(o.estimatedValue, Money.GBP), o.lots.size(), reserved,
                o.clarificationDeadline, o.submissionDeadline, o.publishedAt(), o.closedAt(), o.cancelledAt());
    }

    /** The whole text if short; else cut at the last space within the limit (or at the limit), with an ellipsis. */
    static String excerpt(String text) {
        if (text.length() <= EXCERPT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT);
        if (cut <= EXCERPT / 2) {
            cut = Character.isHighSurrogate(text.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
        }
        String opening = text.substring(0, cut).stripTrailing();
        return opening + "…";
    }
}
