package org.jointcommissioning.outcomes.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.outcomes.service.ScorecardService;

@Path("/api/scorecard")
@Authenticated
@Tag(name = "Value for money")
public class ScorecardResource {

    @Inject
    ScorecardService scorecard;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "The whole agreement at a glance",
            description = "Per theme (by name): indicators by status, money committed and spent on contracts serving "
                    + "them, and the indicators off track (red first) with owners and open risks; and the NI179 "
                    + "value-for-money line when that indicator exists. Not paged: it is one summary of the whole "
                    + "agreement, one entry per theme.")
    @APIResponse(responseCode = "200", description = "The scorecard",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = ScorecardResponse.class)),
                    @Content(mediaType = CsvListWriter.TEXT_CSV)})
    public ScorecardResponse scorecard() {
        return ScorecardResponse.of(scorecard.scorecard());
    }
}
