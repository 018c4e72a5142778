package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.bidding.domain.Alert;
import org.jointcommissioning.bidding.domain.Notification;
import org.jointcommissioning.bidding.domain.NotificationKind;
import org.jointcommissioning.bidding.domain.Opportunity;
import org.jointcommissioning.bidding.domain.PublishedOpportunity;
import org.jointcommissioning.bidding.repository.AlertRepository;
import org.jointcommissioning.bidding.repository.FollowRepository;
import org.jointcommissioning.bidding.repository.NotificationRepository;
import org.jointcommissioning.bidding.repository.OpportunityRepository;
import org.jointcommissioning.contracts.events.ClarificationAnswered;
import org.jointcommissioning.contracts.events.IndicatorTarget;
import org.jointcommissioning.contracts.events.LotSummary;
import org.jointcommissioning.contracts.events.OpportunityCancelled;
import org.jointcommissioning.contracts.events.OpportunityPublished;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns commissioning's events into notifications: a publication for every alert it matches, a cancellation and each
 * clarification answer for the organisations that follow the opportunity (a cancellation also for those an alert
 * told of it). Runs in the event's transaction; the notifications' unique key makes a repeat tell no one twice.
 */
@ApplicationScoped
public class Alerting {

    static final String PUBLISHED = "published";
    static final String CANCELLED = "cancelled";

    @Inject
    AlertRepository alerts;

    @Inject
    FollowRepository follows;

    @Inject
    NotificationRepository notifications;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    Notifier notifier;

    @Transactional(Transactional.TxType.MANDATORY)
    public void published(OpportunityPublished event) {
        Notifier.Message message = new Notifier.Message(event.opportunityId(), PUBLISHED,
                NotificationKind.OPPORTUNITY_PUBLISHED, "New opportunity: " + event.title(),
                "A new opportunity matches your saved search.\n\n" + event.title() + "\nQuestions until "
                        + event.clarificationDeadline() + "; bids until " + event.submissionDeadline() + ".");
        for (Alert alert : matching(event)) {
            notifier.tell(alert.orgId, alert.id, message);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(OpportunityCancelled event) {
        String title = titleOf(event.opportunityId());
        Notifier.Message message = new Notifier.Message(event.opportunityId(), CANCELLED,
                NotificationKind.OPPORTUNITY_CANCELLED, "Opportunity cancelled: " + title,
                "An opportunity you follow or were alerted to has been cancelled.\n\n" + title
                        + (event.reason() == null ? "" : "\nReason: " + event.reason()));
        // One notice per organisation: through its follow if it has one, else through the alert that matched.
        Set<String> told = new HashSet<>();
        for (String orgId : follows.followersOf(event.opportunityId())) {
            notifier.tell(orgId, null, message);
            told.add(orgId);
        }
        for (Notification publication : notifications.publicationsOf(event.opportunityId())) {
            if (told.add(publication.orgId)) {
                notifier.tell(publication.orgId, publication.alertId, message);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void answered(ClarificationAnswered event) {
        String title = titleOf(event.opportunityId());
        Notifier.Message message = new Notifier.Message(event.opportunityId(), "answer:" + event.questionId(),
                NotificationKind.CLARIFICATION_ANSWERED, "Clarification answered: " + title,
                "A clarification question on an opportunity you follow has been answered.\n\n" + title
                        + "\n\nQuestion: " + event.question() + "\n\nAnswer: " + event.answer());
        for (String orgId : follows.followersOf(event.opportunityId())) {
            notifier.tell(orgId, null, message);
        }
    }

    /** The alerts the publication matches: the structured parts here, the keywords by the database's text search. */
    private List<Alert> matching(OpportunityPublished event) {
        PublishedOpportunity facts = facts(event);
        List<Alert> candidates = alerts.listAll().stream().filter(a -> a.matchesApartFromKeywords(facts)).toList();
        List<String> withKeywords = candidates.stream().filter(Alert::hasKeywords).map(a -> a.id).toList();
        String text = event.title() + "\n" + Objects.requireNonNullElse(event.description(), "");
        Set<String> keywordMatches = new HashSet<>(alerts.keywordsMatch(withKeywords, text));
        return candidates.stream().filter(a -> !a.hasKeywords() || keywordMatches.contains(a.id)).toList();
    }

    static PublishedOpportunity facts(OpportunityPublished event) {
        BigDecimal total = event.lots().stream().map(LotSummary::estimatedValue).filter(Objects::nonNull)
                .map(m -> m.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> indicators = event.indicators() == null ? List.of()
                : event.indicators().stream().map(IndicatorTarget::code).toList();
        return new PublishedOpportunity(Objects.requireNonNullElse(event.themes(), List.of()), indicators, total,
                event.lots().stream().anyMatch(LotSummary::reservedForVoluntarySector));
    }

    private String titleOf(String opportunityId) {
        return opportunities.findByIdOptional(opportunityId).map(Opportunity::title).filter(Objects::nonNull)
                .orElse(opportunityId);
    }
}
