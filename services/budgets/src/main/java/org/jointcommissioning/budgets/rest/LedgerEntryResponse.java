package org.jointcommissioning.budgets.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.budgets.domain.Account;
import org.jointcommissioning.budgets.domain.JournalEntry;
import org.jointcommissioning.budgets.domain.JournalLine;
import org.jointcommissioning.budgets.domain.Movement;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Schema(description = "A journal entry: one movement, whose lines' debits equal their credits")
public record LedgerEntryResponse(
        @Schema(description = "The entry's number; entries are listed in this order") long number,
        @Schema(description = "The date the movement takes effect") LocalDate date,
        Instant recordedAt,
        @Schema(description = "What caused the entry") Movement cause,
        @Schema(description = "The id of the contribution, reservation or payment that caused it") String causeId,
        String awardId,
        String description,
        List<Line> lines) {

    @Schema(name = "LedgerLine", description = "A debit or a credit to an account (per-partner accounts name the partner)")
    public record Line(Account account, String partnerId, Money debit, Money credit) {
    }

    static LedgerEntryResponse of(JournalEntry entry, String currency) {
        List<Line> lines = entry.lines.stream().map(l -> line(l, currency)).toList();
        return new LedgerEntryResponse(entry.id, entry.effectiveDate, entry.recordedAt, entry.cause, entry.causeId,
                entry.awardId, entry.description, lines);
    }

    private static Line line(JournalLine line, String currency) {
        return new Line(line.account, line.partnerId, Money.of(line.debit, currency), Money.of(line.credit, currency));
    }
}
