package org.jointcommissioning.commissioning.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A 360Giving Data Standard 1.4 grants package (https://standard.threesixtygiving.org/en/1.4.3/): the
 * standard's own field names and shapes, so that 360Giving's tools read it as published.
 */
@Schema(name = "GrantPackage", description = "A 360Giving 1.4 grant package")
public record GrantPackage(
        @Schema(required = true, maxItems = Integer.MAX_VALUE,
                description = "Every grant, in the order announced; empty when none has been made yet (the standard "
                        + "asks a published file to hold at least one)")
        List<Grant> grants,
        @Schema(required = true, maxLength = 10, description = "The 360Giving version, major.minor: 1.4") String version,
        @Schema(required = true, maxLength = 300) String title,
        @Schema(required = true) GrantsPublisher publisher,
        @Schema(required = true, maxLength = 2000, description = "The licence of the data (a URI)") String license,
        @Schema(required = true, description = "When the newest grant was announced; now when there is none")
        Instant modified) {

    @Schema(name = "GrantsPublisher")
    public record GrantsPublisher(
            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true, maxLength = 2000) String website) {
    }

    @Schema(name = "Grant", description = "One grant in the 360Giving 1.4 shape")
    public record Grant(
            @Schema(required = true, maxLength = 200,
                    description = "The publisher's 360Giving prefix and the award's id: 360G-jcp-{awardId}") String id,
            @Schema(required = true, maxLength = 420, description = "The opportunity's title and the lot") String title,
            @Schema(required = true, maxLength = Limits.TEXT) String description,
            @Schema(required = true, maxLength = 3, description = "ISO 4217") String currency,
            @Schema(required = true, type = SchemaType.NUMBER, minimum = "0",
                    description = "The amount awarded, as the standard asks: a JSON number with at most two decimals")
            BigDecimal amountAwarded,
            @Schema(required = true, format = "date", maxLength = 10, description = "When the grant was announced (its fund reserved "
                    + "the money), YYYY-MM-DD") String awardDate,
            @Schema(required = true, maxLength = 2000, description = "The opportunity's public address") String url,
            @Schema(required = true, enumeration = {"Yes", "No"},
                    description = "Yes: a grant on the grant route comes from a published call for applications")
            String fromOpenCall,
            @Schema(required = true) Instant dateModified,
            @Schema(required = true, minItems = 1, maxItems = 1) List<Organisation> recipientOrganization,
            @Schema(required = true, minItems = 1, maxItems = 100,
                    description = "The awarding partner, then the partners that paid into the fund")
            List<Organisation> fundingOrganization,
            @Schema(maxItems = 50, description = "The districts the recipient serves, as it named them; absent when "
                    + "it named none") List<Location> beneficiaryLocation,
            @Schema(required = true, minItems = 1, maxItems = 1, description = "The framework the call was made under")
            List<Programme> grantProgramme) {
    }

    @Schema(name = "GrantOrganisation", description = "A recipient or funder")
    public record Organisation(
            @Schema(required = true, maxLength = 200, description = "An org-id.guide identifier (GB-CHC-…, GB-COH-…, "
                    + "a partner's own), or the publisher's 360Giving prefix and the platform's id when it has none")
            String id,
            @Schema(required = true, maxLength = 300) String name,
            @Schema(maxLength = 100) String charityNumber,
            @Schema(maxLength = 100) String companyNumber) {
    }

    @Schema(name = "GrantLocation")
    public record Location(@Schema(required = true, maxLength = 100) String name) {
    }

    @Schema(name = "GrantProgramme")
    public record Programme(
            @Schema(required = true, maxLength = Limits.ID, description = "The framework's id") String code,
            @Schema(required = true, maxLength = 300, description = "The framework's name") String title) {
    }
}
