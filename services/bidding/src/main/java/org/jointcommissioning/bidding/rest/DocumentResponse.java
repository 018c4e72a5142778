package org.jointcommissioning.bidding.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.BidDocument;
import org.jointcommissioning.bidding.domain.Envelope;

import java.time.Instant;

/** A document's metadata and its SHA-256 receipt; never its content. */
public record DocumentResponse(
        @Schema(required = true, maxLength = 36) String id,
        @Schema(required = true, maxLength = 36) String bidId,
        @Schema(required = true, description = "The envelope it is sealed in") Envelope envelope,
        @Schema(required = true, maxLength = DocumentUpload.MAX_FILENAME) String filename,
        @Schema(required = true, maxLength = 100, description = "The checked media type") String contentType,
        @Schema(required = true, minimum = "1", maximum = "9007199254740991", description = "In bytes") long size,
        @Schema(required = true, pattern = "^[0-9a-f]{64}$", maxLength = 64,
                description = "The SHA-256 of the content as uploaded, in hex: the bidder's receipt") String sha256,
        @Schema(required = true) Instant uploadedAt,
        @Schema(required = true, description = "When the content was last replaced, or uploaded") Instant updatedAt,
        @Schema(description = "When the bidder withdrew it, if it did") Instant withdrawnAt) {

    static DocumentResponse of(BidDocument document) {
        return new DocumentResponse(document.id, document.bidId, document.envelope, document.filename(),
                document.contentType(), document.sizeBytes(), document.sha256(), document.uploadedAt(),
                document.updatedAt(), document.withdrawnAt());
    }
}
