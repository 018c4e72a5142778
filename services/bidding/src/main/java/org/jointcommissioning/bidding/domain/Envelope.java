package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.common.kebab.Kebab;

import java.util.Optional;

/**
 * The envelopes a bid's documents are sealed in, in the order they are opened after the deadline: qualification
 * (policies, accounts), technical (method statement), financial (budget), the last only once the technical scores
 * are in, so that price cannot colour the quality marks.
 */
public enum Envelope {
    QUALIFICATION, TECHNICAL, FINANCIAL;

    /** The envelope that must be opened before this one, if any. */
    public Optional<Envelope> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
