package org.jointcommissioning.common.app;

import org.jointcommissioning.contracts.money.Money;

public record NoteResponse(String id, String text, Money budget, int version) {

    static NoteResponse of(Note note) {
        return new NoteResponse(note.id, note.text, note.budget == null ? null : Money.of(note.budget, "GBP"),
                note.version);
    }
}
