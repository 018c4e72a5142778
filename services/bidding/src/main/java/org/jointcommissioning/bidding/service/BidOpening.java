package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.BidContent;
import org.jointcommissioning.bidding.domain.Organisation;
import org.jointcommissioning.bidding.repository.OrganisationRepository;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.contracts.events.BidOpened;
import org.jointcommissioning.contracts.events.IndicatorTarget;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Opens a live bid at the deadline and hands its content and price to evaluation in {@code BidOpened}. */
@ApplicationScoped
public class BidOpening {

    @Inject
    OrganisationRepository organisations;

    @Inject
    EventPublisher events;

    @Transactional(Transactional.TxType.MANDATORY)
    public void open(Bid bid, Instant now) {
        bid.open(now);
        Organisation bidder = organisations.findById(bid.organisationId);
        BidContent content = bid.content();
        events.publish(bid.id, new BidOpened(bid.id, bid.opportunityId, bid.lotId, bidder.id, bidder.name,
                bidder.legalForm.toString(), bidder.size.toString(), bidder.charityNumber, bidder.companyNumber,
                bidder.districtsServed == null ? List.of() : List.copyOf(bidder.districtsServed), bid.price(),
                map(content.answers(), a -> new BidOpened.Answer(a.criterionId(), a.text())),
                map(content.socialValue(), s -> new BidOpened.SocialValueCommitment(s.description(), s.measure(),
                        s.quantity())),
                map(content.indicatorContributions(), i -> new IndicatorTarget(i.code(), i.expectedImprovement())),
                map(content.consortium(), c -> new BidOpened.ConsortiumMember(c.name(), c.role().toString(),
                        c.charityNumber(), c.companyNumber())),
                bid.submittedAt, now));
    }

    private static <A, B> List<B> map(List<A> items, Function<A, B> mapper) {
        return items == null ? List.of() : items.stream().map(mapper).toList();
    }
}
