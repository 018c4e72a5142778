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

@Schema(description = "A journal entry: a movement of money, whose lines' debits equal their credits, or a note of a "
        + "change to the fund (opened, members changed, closed) that moves no money and has no lines")
public record LedgerEntryResponse(
        @Schema(required = true, minimum = "1", maximum = "9223372036854775807",
                description = "The entry's number within its fund (1, 2, 3...); entries are listed in this order")
        long number,
        @Schema(required = true) LedgerEntryKind kind,
        @Schema(required = true, description = "The date the movement takes effect, or the note was written")
        LocalDate date,
        @Schema(required = true) Instant recordedAt,
        @Schema(required = true, description = "What caused the entry: a movement of money, or fund-opened, "
                + "membership-changed or fund-closed for a note") Movement cause,
        @Schema(required = true, maxLength = 200, description = "The id of the contribution, reservation or payment "
                + "that caused it; the fund's own id for a note") String causeId,
        @Schema(maxLength = 200, description = "The award the movement belongs to, for a reservation, commitment, "
                + "release or payment") String awardId,
        @Schema(required = true, maxLength = 8000,
                description = "The entry in words; a note says who changed the members from what to what")
        String description,
        @Schema(required = true, maxItems = 1000, description = "The debits and credits; empty for a note")
        List<Line> lines) {

    @Schema(name = "LedgerLine", description = "A debit or a credit to an account (per-partner accounts name the partner)")
    public record Line(
            @Schema(required = true) Account account,
            @Schema(maxLength = 64, description = "The partner, on a per-partner account") String partnerId,
            @Schema(required = true) Money debit,
            @Schema(required = true) Money credit) {
    }

    static LedgerEntryResponse of(JournalEntry entry, String currency) {
        List<Line> lines = entry.lines.stream().map(l -> line(l, currency)).toList();
        LedgerEntryKind kind = entry.cause.movesMoney() ? LedgerEntryKind.MOVEMENT : LedgerEntryKind.NOTE;
        return new LedgerEntryResponse(entry.number, kind, entry.effectiveDate, entry.recordedAt, entry.cause, entry.causeId,
                entry.awardId, entry.description, lines);
    }

    private static Line line(JournalLine line, String currency) {
        return new Line(line.account, line.partnerId, Money.of(line.debit, currency), Money.of(line.credit, currency));
    }
}
