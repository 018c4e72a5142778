package org.jointcommissioning.commissioning.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.commissioning.domain.AwardChange;
import org.jointcommissioning.common.changes.ChangeRepresentation;

/** An award in the change feed, as the opportunity's awards show it. */
@ApplicationScoped
public class AwardRepresentation implements ChangeRepresentation<AwardChange> {

    @Override
    public Class<AwardChange> type() {
        return AwardChange.class;
    }

    @Override
    public Object of(AwardChange changed) {
        return AwardResponse.of(changed.award(), changed.bid());
    }
}
