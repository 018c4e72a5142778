package org.jointcommissioning.commissioning.rest;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointcommissioning.commissioning.domain.Criterion;
import org.jointcommissioning.commissioning.domain.FrameworkDraft;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

import java.util.List;

/** The editable representation of a framework. */
public record FrameworkRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Size(max = 20000) String description,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 1000) String> principles,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> themes,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Criterion> criteria,
        boolean reservedLotsAllowed,
        @Valid @ValidMoney Money proportionateThreshold,
        @Schema(description = "Working days between an award decision and its contract (0: none, for contracts "
                + "exempt from standstill); the platform's default, eight under the Procurement Act 2023, when left out",
                minimum = "0", maximum = "30")
        @Min(0) @Max(30) Integer standstillWorkingDays) {

    public FrameworkDraft draft() {
        return new FrameworkDraft(name, description, principles, themes, criteria, reservedLotsAllowed,
                proportionateThreshold, standstillWorkingDays);
    }
}
