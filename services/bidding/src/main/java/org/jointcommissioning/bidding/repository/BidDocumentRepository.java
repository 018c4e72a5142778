package org.jointcommissioning.bidding.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.bidding.domain.BidDocument;
import org.jointcommissioning.bidding.domain.Envelope;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class BidDocumentRepository implements PanacheRepositoryBase<BidDocument, String> {

    /** A bid's live documents, by envelope (in opening order), then upload time and id. */
    public List<BidDocument> liveOf(String bidId) {
        return list("bidId = ?1 and withdrawnAt is null", Sort.by("uploadedAt").and("id"), bidId).stream()
                .sorted(Comparator.comparing((BidDocument d) -> d.envelope.ordinal())).toList();
    }

    public long countLive(String bidId) {
        return count("bidId = ?1 and withdrawnAt is null", bidId);
    }

    public long countLive(String bidId, Envelope envelope) {
        return count("bidId = ?1 and envelope = ?2 and withdrawnAt is null", bidId, envelope);
    }

    /** A live document of this bid. */
    public Optional<BidDocument> findLive(String bidId, String documentId) {
        return find("id = ?1 and bidId = ?2 and withdrawnAt is null", documentId, bidId).firstResultOptional();
    }
}
