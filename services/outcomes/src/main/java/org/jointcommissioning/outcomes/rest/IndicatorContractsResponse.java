package org.jointcommissioning.outcomes.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jointcommissioning.common.csv.CsvTable;
import org.jointcommissioning.outcomes.service.IndicatorContracts;

import java.util.List;

/** The contracts serving an indicator (oldest award first) and what they add up to. */
public record IndicatorContractsResponse(
        @Schema(required = true, maxLength = ApiDocs.CODE_MAX) String code,
        @Schema(required = true) ValueForMoney valueForMoney,
        @Schema(required = true, maxItems = IndicatorContracts.MAX_LISTED,
                description = "The most recent awards (at most 200), listed oldest first, then by award id")
        List<LinkedContract> contracts,
        @Schema(required = true, minimum = "0", maximum = "2147483647",
                description = "How many contracts serve the indicator in all; the totals count every one")
        int contractCount) implements CsvTable {

    static IndicatorContractsResponse of(IndicatorContracts contracts) {
        return new IndicatorContractsResponse(contracts.code(), ValueForMoney.of(contracts.valueForMoney()),
                contracts.contracts().stream().map(LinkedContract::of).toList(), contracts.contractCount());
    }
}
