package org.jointcommissioning.bidding.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jointcommissioning.bidding.domain.ConsortiumRole;
import org.jointcommissioning.bidding.domain.Formats;

/** A consortium member; the lead is the bidding organisation, every other member gives a registration number. */
public record ConsortiumMemberRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull ConsortiumRole role,
        @Size(max = 10)
        @Pattern(regexp = Formats.CHARITY_NUMBER, message = "must be 6 or 7 digits, optionally with a -NN suffix")
        String charityNumber,
        @Size(max = 8)
        @Pattern(regexp = Formats.COMPANY_NUMBER, message = "must be 8 characters: 8 digits, or 2 letters and 6 digits")
        String companyNumber) {
}
