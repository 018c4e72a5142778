package org.jointcommissioning.bidding.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An uploaded file as the bidder sent it: its name, its checked type and its content. */
public record DocumentFile(String filename, DocumentType type, byte[] content) {

    /** The SHA-256 of the content, in lower-case hex: the bidder's receipt. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
