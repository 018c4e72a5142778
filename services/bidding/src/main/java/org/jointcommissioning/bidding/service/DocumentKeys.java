package org.jointcommissioning.bidding.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.bidding.config.DocumentsConfig;
import org.jointcommissioning.bidding.domain.BidDocument;
import org.jointcommissioning.bidding.domain.BidEnvelope;
import org.jointcommissioning.bidding.domain.Envelope;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The encryption of bid documents. Each document gets a fresh data key; its content is sealed under that key and
 * the key is wrapped by the key-encryption key (configuration, never in the database). Sealing needs no unwrapping,
 * so a key is unwrapped only to read a document, and only with the proof that its envelope was opened.
 */
@ApplicationScoped
public class DocumentKeys {

    @Inject
    DocumentsConfig config;

    private byte[] keyEncryptionKey;

    @PostConstruct
    void load() {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(config.keyEncryptionKey().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("bidding.documents.key-encryption-key is not base64");
        }
        if (key.length != Aes256Gcm.KEY_BYTES) {
            throw new IllegalStateException("bidding.documents.key-encryption-key must be " + Aes256Gcm.KEY_BYTES
                    + " bytes (base64), not " + key.length);
        }
        keyEncryptionKey = key;
    }

    /** A document's content sealed under a new data key, and that key wrapped. */
    public Sealed seal(String documentId, String bidId, Envelope envelope, byte[] content) {
        byte[] dataKey = Aes256Gcm.newKey();
        try {
            return new Sealed(Aes256Gcm.seal(dataKey, content, context("content", documentId, bidId, envelope)),
                    Aes256Gcm.seal(keyEncryptionKey, dataKey, context("key", documentId, bidId, envelope)));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The content of a document whose envelope is open; the opened envelope must be the document's own. */
    public byte[] open(BidDocument document, BidEnvelope opened, byte[] sealedContent) {
        if (opened == null || !opened.bidId.equals(document.bidId) || opened.envelope != document.envelope) {
            throw new IllegalStateException("Document " + document.id + " is sealed: its envelope is not open");
        }
        byte[] dataKey = Aes256Gcm.open(keyEncryptionKey, document.wrappedKey(),
                context("key", document.id, document.bidId, document.envelope));
        try {
            return Aes256Gcm.open(dataKey, sealedContent,
                    context("content", document.id, document.bidId, document.envelope));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** Binds a sealed value to its document, bid and envelope: moved to another row, it no longer opens. */
    private static byte[] context(String what, String documentId, String bidId, Envelope envelope) {
        return ("bid-document-" + what + "|" + documentId + "|" + bidId + "|" + envelope)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The sealed content (for the document store) and the wrapped data key (for the document's row). */
    public record Sealed(byte[] content, byte[] wrappedKey) {
    }
}
