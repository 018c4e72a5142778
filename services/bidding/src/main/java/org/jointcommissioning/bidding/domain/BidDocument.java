package org.jointcommissioning.bidding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;

/**
 * A document of a bid: its metadata (name, type, size, the SHA-256 receipt) and its data key, wrapped; its content is
 * kept encrypted under that key in the document store, by {@link #id}, sealed in its envelope until a commissioner
 * opens it.
 */
@Entity
@Audited
@Table(name = "bid_document")
public class BidDocument {

    @Id
    public String id;

    @Column(name = "bid_id")
    public String bidId;

    public Envelope envelope;

    private String filename;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    /** The document's data key, wrapped by the key-encryption key; never in the audit trail. */
    @NotAudited
    @Column(name = "wrapped_key")
    private byte[] wrappedKey;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    public long version;

    public static BidDocument uploaded(String id, String bidId, Envelope envelope, DocumentFile file, byte[] wrappedKey,
                                       Instant now) {
        BidDocument document = new BidDocument();
        document.id = id;
        document.bidId = bidId;
        document.envelope = envelope;
        document.uploadedAt = now;
        document.take(file, wrappedKey, now);
        return document;
    }

    /** The bidder replaces the content (and name and type) before the deadline; the id stays, the key is new. */
    public void replace(DocumentFile file, byte[] wrappedKey, Instant now) {
        requireLive();
        take(file, wrappedKey, now);
    }

    /** The bidder takes the document out of the bid before the deadline; its content is deleted. */
    public void withdraw(Instant now) {
        requireLive();
        withdrawnAt = now;
        updatedAt = now;
    }

    private void take(DocumentFile file, byte[] wrappedKey, Instant now) {
        this.wrappedKey = wrappedKey.clone();
        filename = file.filename();
        contentType = file.type().mediaType;
        sizeBytes = file.content().length;
        sha256 = file.sha256();
        updatedAt = now;
    }

    private void requireLive() {
        if (!isLive()) {
            throw new IllegalStateException("Document " + id + " was withdrawn");
        }
    }

    public byte[] wrappedKey() {
        return wrappedKey.clone();
    }

    public boolean isLive() {
        return withdrawnAt == null;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
