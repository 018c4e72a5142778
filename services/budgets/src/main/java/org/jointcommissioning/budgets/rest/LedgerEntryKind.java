package org.jointcommissioning.budgets.rest;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "movement: money moved, in lines whose debits equal their credits; note: a change to the fund "
        + "itself (its opening, members or closing), described in words, with no lines")
public enum LedgerEntryKind {
    MOVEMENT,
    NOTE;

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
