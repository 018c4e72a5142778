package org.jointcommissioning.bidding.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.AlertCriteria;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

import java.util.List;

/** A saved search as the organisation writes it; every criterion is optional, and those given must all hold. */
public record AlertRequest(
        @Schema(description = "A name for the organisation's own use") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Words to look for in the title and description, as in the opportunity search: quoted"
                + " phrases, 'or', and '-' to exclude a word")
        @Size(max = 200) String keywords,
        @Schema(description = "Matches an opportunity whose framework serves any of these themes")
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> themes,
        @Schema(description = "Matches an opportunity that targets any of these indicator codes")
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> indicators,
        @Schema(description = "The least total estimated value of the lots") @ValidMoney Money minValue,
        @Schema(description = "The greatest total estimated value of the lots") @ValidMoney Money maxValue,
        @Schema(description = "Only opportunities with a lot reserved for the voluntary sector; false when left out")
        Boolean reservedLotsOnly) {

    AlertCriteria criteria() {
        if (minValue != null && maxValue != null && minValue.amount().compareTo(maxValue.amount()) > 0) {
            throw ProblemException.invalidField("maxValue", "must not be less than minValue");
        }
        return new AlertCriteria(name.strip(), keywords == null || keywords.isBlank() ? null : keywords.strip(),
                themes == null ? List.of() : themes, indicators == null ? List.of() : indicators,
                minValue == null ? null : minValue.amount(), maxValue == null ? null : maxValue.amount(),
                Boolean.TRUE.equals(reservedLotsOnly));
    }
}
