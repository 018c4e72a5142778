package org.jointcommissioning.bidding.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.Envelope;
import org.jointcommissioning.bidding.service.EnvelopeOpening;

import java.time.Instant;

/** One envelope of a bid: sealed, or when it was opened; and how many live documents it holds. */
public record EnvelopeResponse(
        @Schema(required = true) Envelope envelope,
        @Schema(required = true, description = "Sealed until a commissioner opens it after the deadline") boolean sealed,
        @Schema(required = true, minimum = "0", maximum = "1000", description = "Its live documents") long documents,
        @Schema(description = "When a commissioner opened it, once opened") Instant openedAt) {

    static EnvelopeResponse of(EnvelopeOpening.State state) {
        return new EnvelopeResponse(state.envelope(), state.opening() == null, state.documents(),
                state.opening() == null ? null : state.opening().openedAt());
    }
}
