package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.BidEnvelope;
import org.jointcommissioning.bidding.domain.BidStatus;
import org.jointcommissioning.bidding.domain.Envelope;
import org.jointcommissioning.bidding.domain.Opportunity;
import org.jointcommissioning.bidding.repository.BidDocumentRepository;
import org.jointcommissioning.bidding.repository.BidEnvelopeRepository;
import org.jointcommissioning.bidding.repository.OpportunityRepository;
import org.jointcommissioning.bidding.repository.UniqueRows;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.EnvelopeOpened;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The opening of a bid's envelopes by the opportunity owner's commissioners, after the deadline and one stage at a
 * time: qualification, then technical, then financial once commissioning says every opened bid's technical scores
 * are in (TechnicalScoringCompleted). Emits EnvelopeOpened (ids and a count) through the outbox.
 */
@ApplicationScoped
public class EnvelopeOpening {

    private static final Logger LOG = Logger.getLogger(EnvelopeOpening.class);

    @Inject
    BidReader reader;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    BidEnvelopeRepository envelopes;

    @Inject
    BidDocumentRepository documents;

    @Inject
    UniqueRows uniqueRows;

    @Inject
    EventPublisher events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public State open(String bidId, Envelope envelope) {
        Bid bid = reader.openedForCommissioner(bidId);
        if (bid.status() == BidStatus.CANCELLED) {
            throw ProblemException.conflict("Bid " + bidId + " was cancelled with its opportunity; its envelopes stay"
                    + " sealed");
        }
        if (envelopes.opened(bid.id, envelope).isPresent()) {
            throw ProblemException.conflict("The " + envelope + " envelope of bid " + bidId + " is open already");
        }
        Optional<Envelope> previous = envelope.previous();
        if (previous.isPresent() && envelopes.opened(bid.id, previous.get()).isEmpty()) {
            throw ProblemException.conflict("Open the " + previous.get() + " envelope of bid " + bidId + " first:"
                    + " envelopes open in the order qualification, technical, financial");
        }
        if (envelope == Envelope.FINANCIAL) {
            Opportunity opportunity = opportunities.findById(bid.opportunityId);
            if (opportunity.technicalScoringCompletedAt() == null) {
                throw ProblemException.conflict("The financial envelopes of opportunity " + bid.opportunityId
                        + " open once every opened bid's quality and social-value criteria are scored");
            }
        }
        Instant now = clock.instant();
        BidEnvelope opened = BidEnvelope.opened(UUID.randomUUID().toString(), bid.id, envelope, caller.subject(), now);
        uniqueRows.insert(opened, () -> ProblemException.conflict(
                "The " + envelope + " envelope of bid " + bidId + " is open already"));
        long count = documents.countLive(bid.id, envelope);
        events.publish(bid.id, new EnvelopeOpened(bid.id, bid.opportunityId, bid.lotId, envelope.toString(),
                (int) count, now));
        LOG.infof("The %s envelope of bid %s opened, %d documents", envelope, bid.id, count);
        return new State(envelope, count, opened);
    }

    /** Each envelope of a bid the caller may read, sealed or opened, with its live documents' count. */
    @Transactional
    public List<State> states(String bidId) {
        Bid bid = reader.find(bidId);
        List<BidEnvelope> opened = envelopes.openedOf(bid.id);
        List<State> states = new ArrayList<>();
        for (Envelope envelope : Envelope.values()) {
            states.add(new State(envelope, documents.countLive(bid.id, envelope),
                    opened.stream().filter(e -> e.envelope == envelope).findFirst().orElse(null)));
        }
        return states;
    }

    /** An envelope, its live documents' count, and its opening (null while sealed). */
    public record State(Envelope envelope, long documents, BidEnvelope opening) {
    }
}
