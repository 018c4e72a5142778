package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.math.BigDecimal;
import java.time.Instant;

/** An indicator's red-amber-green status changed; {@code status} is red, amber, green or no-data. */
@Event(type = "outcomes.IndicatorStatusChanged.v1", topic = Topics.OUTCOMES_INDICATORS)
public record IndicatorStatusChanged(
        String code,
        String previousStatus,
        String status,
        String period,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
        Instant changedAt) {
}
