package org.jointcommissioning.outcomes.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.common.changes.ChangeRepresentation;
import org.jointcommissioning.outcomes.domain.Measurement;

/** A measurement in the change feed, as the API shows it. */
@ApplicationScoped
public class MeasurementRepresentation implements ChangeRepresentation<Measurement> {

    @Override
    public Class<Measurement> type() {
        return Measurement.class;
    }

    @Override
    public Object of(Measurement changed) {
        return MeasurementResponse.of(changed);
    }
}
