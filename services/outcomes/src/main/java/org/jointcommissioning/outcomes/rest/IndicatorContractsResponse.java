package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The contracts serving an indicator (oldest award first) and what they add up to. */
public record IndicatorContractsResponse(
        @Schema(required = true, maxLength = ApiDocs.CODE_MAX) String code,
        @Schema(required = true) ValueForMoney valueForMoney,
        @Schema(required = true, description = "Oldest award first, then by award id") List<LinkedContract> contracts) {
}
