package org.jointcommissioning.bidding.service;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.domain.Organisation;
import org.jointcommissioning.common.kebab.Kebab;

/** The kinds of record whose history the bidding audit trail answers, as the {@code entity} parameter names them. */
public enum AuditedRecord {
    BID("Bid", Bid.class),
    ORGANISATION("Organisation", Organisation.class);

    final String what;
    final Class<?> entity;

    AuditedRecord(String what, Class<?> entity) {
        this.what = what;
        this.entity = entity;
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
