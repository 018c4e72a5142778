package org.jointcommissioning.commissioning.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

/** A part of an opportunity that is bid for and awarded on its own. */
public record Lot(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' or '-'")
        String id,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Valid @ValidMoney Money estimatedValue,
        boolean reservedForVoluntarySector) {
}
