package org.jointcommissioning.commissioning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an opportunity or an award is cancelled; published with the cancellation. */
public record CancelRequest(@NotBlank @Size(max = 1000) String reason) {
}
