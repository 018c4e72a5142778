package org.jointcommissioning.bidding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.bidding.config.DocumentsConfig;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.BidDocument;
import org.jointcommissioning.bidding.domain.DocumentFile;
import org.jointcommissioning.bidding.domain.Envelope;
import org.jointcommissioning.bidding.repository.BidDocumentRepository;
import org.jointcommissioning.bidding.repository.BidEnvelopeRepository;
import org.jointcommissioning.bidding.repository.DocumentStore;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A bid's documents: the bidder uploads, replaces and withdraws them before the deadline, each sealed (encrypted) in
 * its envelope; whoever may read the bid lists their metadata; their content is read only once the envelope is open.
 * Logs name documents by id only.
 */
@ApplicationScoped
public class BidDocuments {

    private static final Logger LOG = Logger.getLogger(BidDocuments.class);

    @Inject
    BidService bidService;

    @Inject
    BidReader reader;

    @Inject
    BidDocumentRepository documents;

    @Inject
    BidEnvelopeRepository envelopes;

    @Inject
    DocumentStore store;

    @Inject
    DocumentKeys keys;

    @Inject
    DocumentsConfig config;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public BidDocument upload(String bidId, Envelope envelope, DocumentFile file) {
        Bid bid = bidService.ownOpenBid(bidId, "given documents");
        if (documents.countLive(bid.id) >= config.maxPerBid()) {
            throw ProblemException.conflict("A bid holds at most " + config.maxPerBid()
                    + " documents; withdraw one before adding another");
        }
        String id = UUID.randomUUID().toString();
        DocumentKeys.Sealed sealed = keys.seal(id, bid.id, envelope, file.content());
        store.put(id, sealed.content());
        BidDocument document = BidDocument.uploaded(id, bid.id, envelope, file, sealed.wrappedKey(), clock.instant());
        documents.persist(document);
        LOG.infof("Document %s added to the %s envelope of bid %s", id, envelope, bid.id);
        return document;
    }

    @Transactional
    public BidDocument replace(String bidId, String documentId, DocumentFile file) {
        BidDocument document = ownLiveDocument(bidId, documentId);
        DocumentKeys.Sealed sealed = keys.seal(document.id, document.bidId, document.envelope, file.content());
        store.put(document.id, sealed.content());
        document.replace(file, sealed.wrappedKey(), clock.instant());
        LOG.infof("Document %s of bid %s replaced", document.id, document.bidId);
        return document;
    }

    @Transactional
    public BidDocument withdraw(String bidId, String documentId) {
        BidDocument document = ownLiveDocument(bidId, documentId);
        Instant now = clock.instant();
        document.withdraw(now);
        store.delete(document.id);
        LOG.infof("Document %s of bid %s withdrawn", document.id, document.bidId);
        return document;
    }

    /** The live documents' metadata, for whoever may read the bid (its organisation; once opened, its evaluators). */
    @Transactional
    public List<BidDocument> list(String bidId) {
        return documents.liveOf(reader.find(bidId).id);
    }

    /** A document's content, once its envelope is open, for whoever may read the bid. */
    @Transactional
    public Content content(String bidId, String documentId) {
        Bid bid = reader.find(bidId);
        BidDocument document = documents.findLive(bid.id, documentId)
                .orElseThrow(() -> ProblemException.notFound("Document", documentId));
        var opened = envelopes.opened(bid.id, document.envelope).orElseThrow(() -> ProblemException.conflict(
                "Document " + documentId + " is sealed in the " + document.envelope + " envelope until a commissioner"
                        + " opens it after the deadline; its SHA-256 receipt is " + document.sha256()));
        byte[] sealed = store.get(document.id).orElseThrow(() -> new IllegalStateException(
                "Document " + document.id + " has no content in the document store"));
        byte[] content = keys.open(document, opened, sealed);
        LOG.infof("Document %s of bid %s read by %s", document.id, bid.id, caller.subject());
        return new Content(document, content);
    }

    private BidDocument ownLiveDocument(String bidId, String documentId) {
        Bid bid = bidService.ownOpenBid(bidId, "changed");
        return documents.findLive(bid.id, documentId).orElseThrow(() -> ProblemException.notFound("Document",
                documentId));
    }

    /** A document's metadata and its opened content. */
    public record Content(BidDocument document, byte[] bytes) {
    }
}
