package org.jointcommissioning.outcomes.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.RiskDraft;
import org.jointcommissioning.outcomes.domain.RiskStatus;

import java.util.List;

/** A risk as its owner writes it; the score is the service's. A new risk is open unless stated. */
public record RiskRequest(
        @NotBlank @Size(max = 300) String title,
        @NotEmpty @Size(max = 50) List<@NotNull @Size(max = ApiDocs.CODE_MAX) String> indicatorCodes,
        @NotNull @Min(1) @Max(5) Integer likelihood,
        @NotNull @Min(1) @Max(5) Integer impact,
        @NotBlank @Size(max = 4000) String mitigation,
        @NotBlank @Size(max = 200) String owner,
        @Schema(description = "Open when a risk is recorded and this is left out; required when a risk is changed")
        RiskStatus status) {

    public RiskDraft draft() {
        return new RiskDraft(title, indicatorCodes, likelihood, impact, mitigation, owner, status);
    }
}
