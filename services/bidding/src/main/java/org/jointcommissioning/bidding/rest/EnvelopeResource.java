package org.jointcommissioning.bidding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.bidding.domain.Envelope;
import org.jointcommissioning.bidding.service.EnvelopeOpening;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.csv.CsvTable;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.problem.Problem;

import java.util.List;

/** The envelopes of a bid, and their opening by the opportunity owner's commissioners after the deadline. */
@Path("/api/bids/{id}/envelopes")
@Tag(name = "Bid documents")
public class EnvelopeResource {

    @Inject
    EnvelopeOpening opening;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @RolesAllowed({Roles.BIDDER, Roles.COMMISSIONER, Roles.AUDITOR})
    @Operation(summary = "List a bid's envelopes",
            description = "Qualification, technical and financial, in that order: sealed or opened, with their live"
                    + " documents' count. For whoever may read the bid.")
    @APIResponse(responseCode = "200", description = "The three envelopes",
            content = {@Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = EnvelopeList.class)),
                    @Content(mediaType = CsvListWriter.TEXT_CSV)})
    @APIResponse(responseCode = "404", description = "No such bid, or not visible to you (a sealed bid is not revealed)",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public EnvelopeList list(@PathParam("id") @Size(max = 36) String bidId) {
        return new EnvelopeList(opening.states(bidId).stream().map(EnvelopeResponse::of).toList());
    }

    @POST
    @Path("/{envelope}/open")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Open an envelope of a bid",
            description = "For the opportunity owner's commissioners, once the bid is opened at the deadline; one stage"
                    + " at a time: qualification, then technical, then financial once commissioning has every opened"
                    + " bid's quality and social-value scores. Its documents can then be read. Emits EnvelopeOpened.")
    @APIResponse(responseCode = "200", description = "Opened",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = EnvelopeResponse.class)))
    @APIResponse(responseCode = "400", description = "Not an envelope",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such bid, not one of your organisation's opportunities, or"
            + " still sealed before the deadline",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Open already; the previous envelope is still sealed; the technical"
            + " scores are not all in (financial); or the bid was cancelled",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public EnvelopeResponse open(@PathParam("id") @Size(max = 36) String bidId,
                                 @Parameter(schema = @Schema(type = SchemaType.STRING,
                                         enumeration = {"qualification", "technical", "financial"}))
                                 @PathParam("envelope") @Size(max = 20) String envelope) {
        return EnvelopeResponse.of(opening.open(bidId, Kebab.parse(Envelope.class, "envelope", envelope)));
    }

    /** The three envelopes of a bid, in opening order. */
    @Schema(name = "EnvelopeList")
    public record EnvelopeList(@Schema(required = true, maxItems = 3) List<EnvelopeResponse> items) implements CsvTable {
    }
}
