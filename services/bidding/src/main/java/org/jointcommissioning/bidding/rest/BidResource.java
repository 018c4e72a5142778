package org.jointcommissioning.bidding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.web.PublicLinks;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jointcommissioning.common.concurrency.IfMatch;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.bidding.domain.Bid;
import org.jointcommissioning.bidding.service.BidReader;
import org.jointcommissioning.bidding.service.BidService;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;

import java.util.List;


@Path("/api/bids")
@Tag(name = "Bids", description = "Sealed bids: visible only to their organisation until the submission deadline")
public class BidResource {

    @Inject
    PublicLinks links;

    @Inject
    BidService bids;

    @Inject
    BidReader reader;

    @Inject
    Idempotency idempotency;

    @POST
    @Transactional
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Submit a bid on a lot",
            description = "Only while the opportunity is published and before its submission deadline. Every quality and"
                    + " social-value criterion is answered (at most 10,000 characters each); a consortium is led by the"
                    + " bidding organisation; one live bid per organisation per lot. Emits BidSubmitted with ids only.")
    @APIResponse(responseCode = "201", description = "Submitted; a retry with the same Idempotency-Key and body answers the same",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = BidResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (the problem names it), or Idempotency-Key is missing",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is not open for bids, the organisation is not registered,"
            + " it has a live bid on the lot already, the lot is reserved for the voluntary sector, or the"
            + " Idempotency-Key was used with another body",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @Parameter(required = true) @HeaderParam(Idempotency.HEADER) String key,
            @NotNull @Valid BidRequest request) {
        return idempotency.once("submit-bid", key, request, () -> {
            Bid bid = bids.submit(request.opportunityId(), request.lotId(), request.draft());
            return Response.created(links.to("/api/bids/" + bid.id)).entity(BidResponse.of(bid)).build();
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @RolesAllowed({Roles.BIDDER, Roles.COMMISSIONER, Roles.AUDITOR})
    @Operation(summary = "List bids",
            description = "A bidder lists its own organisation's bids, newest submission first (ties by id). After an"
                    + " opportunity's deadline its owner's commissioners list its opened bids; the auditor lists opened"
                    + " bids; both in the order of opportunity, lot, submission time, then id.")
    @APIResponse(responseCode = "200", description = "A page of bids",
            content = {@Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = BidPage.class)),
                    @Content(mediaType = CsvListWriter.TEXT_CSV)})
    @APIResponse(responseCode = "403", description = "The bids are sealed until the deadline, or belong to another partner's opportunity",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<BidResponse> list(
            @Parameter(description = "Only bids on this opportunity")
            @QueryParam("opportunityId") @Size(max = 100) String opportunityId,
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return reader.list(opportunityId, PageRequest.of(page, size)).map(BidResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BIDDER, Roles.COMMISSIONER, Roles.AUDITOR})
    @Operation(summary = "Read a bid",
            description = "Its own organisation always; once opened, the opportunity owner's commissioners and the auditor.")
    @APIResponse(responseCode = "200", description = "The bid, with its version as ETag",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = BidResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The bid's version, for If-Match", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "404", description = "No such bid, or not visible to you (a sealed bid is not revealed)",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") @Size(max = 36) String id) {
        return tagged(reader.find(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Change your bid", description = "Replaces price and content, before the submission deadline. "
            + "Send the ETag you read as If-Match, so that a colleague's change is never silently overwritten.")
    @APIResponse(responseCode = "200", description = "Changed, with the new version as ETag",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = BidResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The bid's version, for If-Match", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "404", description = "No such bid, or not yours",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bid is no longer live, or the deadline has passed",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version: someone changed the bid since",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") @Size(max = 36) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
                           @NotNull @Valid BidChanges changes) {
        return tagged(bids.update(id, changes.draft(), new IfMatch(ifMatch)));
    }

    /** The bid with its version as ETag, for If-Match when it is changed. */
    private static Response tagged(Bid bid) {
        return Response.ok(BidResponse.of(bid)).header(HttpHeaders.ETAG, IfMatch.etag(bid.version)).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Withdraw your bid", description = "Before the submission deadline. Emits BidWithdrawn with ids only.")
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = BidResponse.class)))
    @APIResponse(responseCode = "404", description = "No such bid, or not yours",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The bid is no longer live, or the deadline has passed",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public BidResponse withdraw(@PathParam("id") @Size(max = 36) String id) {
        return BidResponse.of(bids.withdraw(id));
    }

    /** The list's schema: a page of bids, with the limits of {@link Page}. */
    @Schema(name = "BidPage")
    public record BidPage(
            @Schema(required = true, maxItems = PageRequest.MAX_SIZE, description = "This page's bids, in the stated order")
            List<BidResponse> items,
            @Schema(required = true, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, description = "The page, counted from 0")
            int page,
            @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, description = "The most bids a page holds")
            int size,
            @Schema(required = true, minimum = "0", maximum = "9007199254740991", description = "The bids in all pages")
            long total) {
    }
}
