package org.jointcommissioning.outcomes.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.outcomes.service.ValueForMoneyService;

@Path("/api/indicators/{code}/contracts")
@Authenticated
@Tag(name = "Value for money", description = "Which contracts, paid from which funds, are moving which indicator, at what cost per point")
public class IndicatorContractsResource {

    @Inject
    ValueForMoneyService valueForMoney;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "The contracts serving an indicator",
            description = "Linked from ContractAwarded, unlinked by AwardCancelled; spend from PaymentRecorded. "
                    + "Cost per point is spend ÷ improvement since the baseline, rounded half-up to the penny, "
                    + "and left out unless the improvement is above zero. A contract serving several indicators "
                    + "counts in full against each. The list holds the 200 most recent awards, oldest first, then by "
                    + "award id, and contractCount says how many there are in all; the totals are of every one.")
    @APIResponse(responseCode = "200", description = "The contracts and what they add up to",
            content = {@Content(mediaType = "application/json",
                    schema = @Schema(implementation = IndicatorContractsResponse.class)),
                    @Content(mediaType = CsvListWriter.TEXT_CSV)})
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorContractsResponse contracts(@PathParam("code") @Size(max = ApiDocs.CODE_MAX) String code) {
        return IndicatorContractsResponse.of(valueForMoney.contractsOf(code));
    }
}
