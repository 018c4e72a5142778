package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.jointcommissioning.contracts.money.Money;
import org.jointcommissioning.contracts.schema.Matches;
import org.jointcommissioning.contracts.schema.NonEmpty;
import org.jointcommissioning.contracts.schema.OneOf;

import java.time.Instant;
import java.util.List;

/** The host's forecast outturn of a fund's year, per budget line, as at the end of a month. */
@JsonClassDescription("A month's forecast outturn of a pooled fund's year, per budget line.")
@Event(type = "budgets.ForecastRecorded.v1", topic = Topics.BUDGETS_FUNDS)
public record ForecastRecorded(
        String fundId,
        @Matches("^[0-9]{4}-[0-9]{2}$") String year,
        @JsonPropertyDescription("The month of the forecast, yyyy-MM.") String month,
        @JsonPropertyDescription("recorded by the finance manager, or proposed by the platform and accepted")
        @OneOf({"recorded", "accepted-proposal"}) String source,
        @NonEmpty List<LineForecast> lines,
        Instant recordedAt) {

    public record LineForecast(String line, Money forecast) {
    }
}
