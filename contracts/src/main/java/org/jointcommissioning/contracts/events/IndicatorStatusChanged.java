package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonFormat;
import org.jointcommissioning.contracts.schema.Nullable;
import org.jointcommissioning.contracts.schema.OneOf;

import java.math.BigDecimal;
import java.time.Instant;

/** An indicator's red-amber-green status changed; {@code status} is red, amber, green or no-data. */
@JsonClassDescription("An indicator's red-amber-green status changed.")
@Event(type = "outcomes.IndicatorStatusChanged.v1", topic = Topics.OUTCOMES_INDICATORS)
public record IndicatorStatusChanged(
        String code,
        @OneOf({"red", "amber", "green", "no-data"}) String previousStatus,
        @OneOf({"red", "amber", "green", "no-data"}) String status,
        @Nullable String period,
        @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
        Instant changedAt) {
}
