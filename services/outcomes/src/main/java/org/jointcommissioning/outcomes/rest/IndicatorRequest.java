package org.jointcommissioning.outcomes.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.outcomes.domain.IndicatorDraft;
import org.jointcommissioning.outcomes.domain.IndicatorKind;
import org.jointcommissioning.outcomes.domain.Polarity;

import java.util.List;

/** An indicator as its owner writes it; status and timestamps are the service's. */
public record IndicatorRequest(
        @Schema(examples = "LAA-SC-04")
        @NotNull @Size(max = ApiDocs.CODE_MAX) @Pattern(regexp = IndicatorRequest.CODE, message = IndicatorRequest.CODE_RULE)
        String code,
        @NotBlank @Size(max = 300) String title,
        @NotNull IndicatorKind kind,
        @NotNull Polarity polarity,
        @NotBlank @Size(max = 100) String unit,
        @NotBlank @Size(max = 100) String theme,
        @Schema(examples = "county-council")
        @NotNull @Size(max = ApiDocs.ORG_MAX)
        @Pattern(regexp = IndicatorRequest.PARTNER_ID, message = IndicatorRequest.PARTNER_ID_RULE)
        String ownerPartnership,
        @Size(max = 50)
        @Schema(description = "Partners besides the owner who deliver towards the indicator: their performance "
                + "officers may report its measurements. Unique, not the owner; left out means none.")
        List<@NotNull @Size(max = ApiDocs.ORG_MAX) @Pattern(regexp = IndicatorRequest.PARTNER_ID,
                message = IndicatorRequest.PARTNER_ID_RULE) String> contributors,
        @NotNull @Valid PeriodValue baseline,
        @NotEmpty @Size(max = 40) List<@NotNull @Valid PeriodValue> targets) {

    /** Letters and digits, optionally joined by dots, dashes or underscores: NI179, LAA-SC-04. Case-sensitive. */
    public static final String CODE = "[A-Za-z0-9]+([._-][A-Za-z0-9]+)*";
    /** An organisation id as the partners are known across the platform: county-council. */
    public static final String PARTNER_ID = "[a-z0-9][a-z0-9-]{0,99}";
    public static final String PARTNER_ID_RULE = "must be an organisation id such as county-council";
    public static final String CODE_RULE = "must be an indicator code of letters and digits such as NI179 or LAA-SC-04";

    /** The contributors as sent; none when left out. */
    public List<String> contributorsOrNone() {
        return contributors == null ? List.of() : contributors;
    }

    public IndicatorDraft draft() {
        return new IndicatorDraft(code, title, kind, polarity, unit, theme, ownerPartnership, contributors,
                baseline.reading(), targets.stream().map(PeriodValue::reading).toList());
    }
}
