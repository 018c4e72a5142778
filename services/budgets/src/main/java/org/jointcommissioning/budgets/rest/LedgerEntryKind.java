package org.jointcommissioning.budgets.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "movement: money moved, in lines whose debits equal their credits; note: a change to the fund "
        + "itself (its opening, members or closing), described in words, with no lines")
public enum LedgerEntryKind {
    MOVEMENT("movement"),
    NOTE("note");

    private final String value;

    LedgerEntryKind(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
