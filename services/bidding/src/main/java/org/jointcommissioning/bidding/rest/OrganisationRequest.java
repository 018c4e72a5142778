package org.jointcommissioning.bidding.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.bidding.domain.Formats;
import org.jointcommissioning.bidding.domain.LegalForm;
import org.jointcommissioning.bidding.domain.OrganisationProfile;
import org.jointcommissioning.bidding.domain.OrganisationSize;

import java.util.List;

/** An organisation's editable profile; its id is the caller's organisation and is never sent. */
public record OrganisationRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull LegalForm legalForm,
        @Schema(description = "Charity Commission number: 6 or 7 digits, optionally with a -NN suffix", examples = "1123456-01")
        @Size(max = 10) @Pattern(regexp = Formats.CHARITY_NUMBER, message = "must be 6 or 7 digits, optionally with a -NN suffix")
        String charityNumber,
        @Schema(description = "Companies House number: 8 characters", examples = "SC123456")
        @Size(max = 8) @Pattern(regexp = Formats.COMPANY_NUMBER, message = "must be 8 characters: 8 digits, or 2 letters and 6 digits")
        String companyNumber,
        @NotNull OrganisationSize size,
        @Schema(description = "The districts the organisation works in; may be empty")
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> districtsServed,
        @NotBlank @Size(max = 254) @Email(regexp = ".+@.+\\..+", message = "must be an email address") String contactEmail) {

    public OrganisationProfile profile() {
        return new OrganisationProfile(name.strip(), legalForm, charityNumber, companyNumber, size,
                districtsServed == null ? List.of() : List.copyOf(districtsServed), contactEmail.strip());
    }
}
