package org.jointcommissioning.budgets.rest;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.common.changes.Change;

import java.time.Instant;

@Schema(description = "A change in a fund's ledger: a journal entry written (entries are never changed afterwards)")
public record LedgerChangeResponse(
        @Schema(required = true, maxLength = 36, description = "The fund whose ledger changed") String fundId,
        @Schema(required = true, enumeration = "posted", maxLength = 40,
                description = "What happened: `posted`, a journal entry was written") String change,
        @Schema(required = true, description = "When the entry was written") Instant changedAt,
        @Schema(required = true, ref = "LedgerEntryResponse",
                description = "The entry, as the fund's ledger (GET /api/funds/{id}/ledger) shows it") JsonNode entry) {

    static LedgerChangeResponse of(Change change) {
        return new LedgerChangeResponse(change.scope(), change.type(), change.changedAt(), change.resource());
    }
}
