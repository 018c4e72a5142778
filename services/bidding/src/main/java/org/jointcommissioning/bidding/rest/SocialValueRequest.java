package org.jointcommissioning.bidding.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** A social value commitment, such as "local apprenticeships", "number", 4. */
public record SocialValueRequest(
        @NotBlank @Size(max = 2000) String description,
        @Size(max = 200) String measure,
        @PositiveOrZero @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {
}
