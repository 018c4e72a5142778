package org.jointcommissioning.common.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jointcommissioning.common.validation.ValidMoney;
import org.jointcommissioning.contracts.money.Money;

import java.time.LocalDate;

public record NoteRequest(@NotBlank @Size(max = 200) String text, @Valid @ValidMoney Money budget, LocalDate due) {
}
