package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.time.Instant;

/**
 * An opened envelope of a bid: when and by whom a commissioner opened it. It exists only once opened (one per bid
 * and envelope); until then its documents' keys are not unwrapped (service/DocumentKeys).
 */
@Entity
@Audited
@Table(name = "bid_envelope")
public class BidEnvelope {

    @Id
    public String id;

    @Column(name = "bid_id")
    public String bidId;

    public Envelope envelope;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "opened_by")
    private String openedBy;

    public static BidEnvelope opened(String id, String bidId, Envelope envelope, String by, Instant now) {
        BidEnvelope opened = new BidEnvelope();
        opened.id = id;
        opened.bidId = bidId;
        opened.envelope = envelope;
        opened.openedBy = by;
        opened.openedAt = now;
        return opened;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }
}
