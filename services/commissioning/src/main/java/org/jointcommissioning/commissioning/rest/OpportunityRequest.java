package org.jointcommissioning.commissioning.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointcommissioning.commissioning.domain.Criterion;
import org.jointcommissioning.commissioning.domain.IndicatorGoal;
import org.jointcommissioning.commissioning.domain.Lot;
import org.jointcommissioning.commissioning.domain.OpportunityDraft;
import org.jointcommissioning.commissioning.domain.Route;

import java.time.Instant;
import java.util.List;

/**
 * The editable representation of a draft opportunity. {@code criteria} left out means the framework's;
 * the rules that publishing checks (deadlines, weights, reserved lots) are not enforced on a draft.
 */
public record OpportunityRequest(
        @NotBlank @Size(max = 300) String title,
        @NotNull @Size(max = 20000) String description,
        @NotBlank @Size(max = Limits.ID) String frameworkId,
        @NotNull Route route,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Lot> lots,
        @NotBlank @Size(max = Limits.FOREIGN_ID) String fundId,
        @Size(max = 50) List<@NotNull @Valid IndicatorTargetRequest> indicators,
        @NotNull Instant clarificationDeadline,
        @NotNull Instant submissionDeadline,
        @Size(min = 1, max = 20) List<@NotNull @Valid Criterion> criteria) {

    /** The indicators as the opportunity keeps them; none when left out. */
    public List<IndicatorGoal> indicatorTargets() {
        return indicators == null ? List.of() : indicators.stream().map(IndicatorTargetRequest::target).toList();
    }

    public OpportunityDraft draft() {
        return new OpportunityDraft(title, description, frameworkId, route, lots, fundId, indicatorTargets(),
                clarificationDeadline, submissionDeadline, criteria);
    }
}
