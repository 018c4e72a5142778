package org.jointcommissioning.bidding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.bidding.domain.BidEnvelope;
import org.jointcommissioning.bidding.domain.Envelope;

import java.util.List;
import java.util.Optional;

/** Opened envelopes: an envelope with no row here is sealed. */
@ApplicationScoped
public class BidEnvelopeRepository implements PanacheRepositoryBase<BidEnvelope, String> {

    public Optional<BidEnvelope> opened(String bidId, Envelope envelope) {
        return find("bidId = ?1 and envelope = ?2", bidId, envelope).firstResultOptional();
    }

    public List<BidEnvelope> openedOf(String bidId) {
        return list("bidId", bidId);
    }
}
