package org.jointcommissioning.bidding.support;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jointcommissioning.bidding.domain.OpportunityStatus;
import org.jointcommissioning.bidding.repository.OpportunityRepository;
import org.jointcommissioning.contracts.events.CriterionSummary;
import org.jointcommissioning.contracts.events.IndicatorTarget;
import org.jointcommissioning.contracts.events.LotSummary;
import org.jointcommissioning.contracts.events.OpportunityCancelled;
import org.jointcommissioning.contracts.events.OpportunityClosed;
import org.jointcommissioning.contracts.events.OpportunityPublished;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Commissioning's side of the story, told through real events on the broker: an opportunity with an open
 * lot, a lot reserved for the voluntary sector, and price, quality and social-value criteria.
 */
public final class Opportunities {

    public static final String OPEN_LOT = "lot-open";
    public static final String RESERVED_LOT = "lot-reserved";
    public static final String QUALITY = "crit-quality";
    public static final String SOCIAL_VALUE = "crit-social-value";

    private Opportunities() {
    }

    public static OpportunityPublished published(String ownerOrgId, Instant deadline) {
        return published(ownerOrgId, deadline, "Carers' support", "Respite breaks and advice for unpaid carers",
                List.of("carers", "health"));
    }

    /** An opportunity with these words and its framework's themes (lots, criteria and indicator as above). */
    public static OpportunityPublished published(String ownerOrgId, Instant deadline, String title, String description,
                                                 List<String> themes) {
        String id = "opp-" + UUID.randomUUID();
        return new OpportunityPublished(id, ownerOrgId, "fw-1", title, "open", "fund-1",
                deadline.minus(Duration.ofDays(1)), deadline,
                List.of(new LotSummary(OPEN_LOT, "Countywide", Money.gbp("250000.00"), false),
                        new LotSummary(RESERVED_LOT, "Community", Money.gbp("50000.00"), true)),
                List.of(new CriterionSummary("crit-price", "Price", "price", 40),
                        new CriterionSummary(QUALITY, "Quality of service", "quality", 40),
                        new CriterionSummary(SOCIAL_VALUE, "Local social value", "social-value", 20)),
                List.of(new IndicatorTarget("NI179", new BigDecimal("2.5"))),
                deadline.minus(Duration.ofDays(20)), description, themes);
    }

    /** Publishes an opportunity and waits until this service has taken it in. */
    public static OpportunityPublished publish(String ownerOrgId, Instant deadline) {
        OpportunityPublished opportunity = published(ownerOrgId, deadline);
        Commissioning.send(opportunity.opportunityId(), opportunity);
        awaitStatus(opportunity.opportunityId(), OpportunityStatus.PUBLISHED);
        return opportunity;
    }

    public static void close(OpportunityPublished opportunity) {
        Commissioning.send(opportunity.opportunityId(), closedEvent(opportunity));
        awaitStatus(opportunity.opportunityId(), OpportunityStatus.CLOSED);
    }

    public static OpportunityClosed closedEvent(OpportunityPublished opportunity) {
        return new OpportunityClosed(opportunity.opportunityId(), opportunity.ownerOrgId(),
                opportunity.submissionDeadline());
    }

    public static void cancel(OpportunityPublished opportunity) {
        Commissioning.send(opportunity.opportunityId(), new OpportunityCancelled(opportunity.opportunityId(),
                opportunity.ownerOrgId(), "Funding withdrawn", opportunity.submissionDeadline()));
        awaitStatus(opportunity.opportunityId(), OpportunityStatus.CANCELLED);
    }

    public static void awaitStatus(String opportunityId, OpportunityStatus status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                Arc.container().instance(OpportunityRepository.class).get().findByIdOptional(opportunityId)
                        .map(o -> o.status() == status).orElse(false)));
    }
}
