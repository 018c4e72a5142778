package org.jointcommissioning.bidding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.bidding.service.FollowService;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;

import java.util.List;

@Path("/api/follows")
@Tag(name = "Alerts", description = "An organisation's saved searches: it is told of every matching publication")
public class FollowResource {

    @Inject
    FollowService follows;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "List the opportunities you follow",
            description = "The caller's organisation's, most recently followed first, then by opportunity id.")
    @APIResponse(responseCode = "200", description = "A page of followed opportunities",
            content = {@Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = FollowPage.class)),
                    @Content(mediaType = CsvListWriter.TEXT_CSV)})
    public Page<FollowResponse> list(
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return follows.list(PageRequest.of(page, size)).map(FollowResponse::of);
    }

    @PUT
    @Path("/{opportunityId}")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Follow an opportunity",
            description = "The organisation is then told of each clarification answer published on it and of its"
                    + " cancellation. Following it again changes nothing.")
    @APIResponse(responseCode = "200", description = "Followed",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = FollowResponse.class)))
    @APIResponse(responseCode = "404", description = "No published opportunity with this id",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public FollowResponse follow(@PathParam("opportunityId") @Size(max = 100) String opportunityId) {
        return FollowResponse.of(follows.follow(opportunityId));
    }

    @DELETE
    @Path("/{opportunityId}")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Stop following an opportunity")
    @APIResponse(responseCode = "204", description = "No longer followed")
    @APIResponse(responseCode = "404", description = "The organisation does not follow this opportunity",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void unfollow(@PathParam("opportunityId") @Size(max = 100) String opportunityId) {
        follows.unfollow(opportunityId);
    }

    /** The list's schema: a page of follows, with the limits of {@link Page}. */
    @Schema(name = "FollowPage")
    public record FollowPage(
            @Schema(required = true, maxItems = PageRequest.MAX_SIZE, description = "This page's follows, in the stated order")
            List<FollowResponse> items,
            @Schema(required = true, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, description = "The page, counted from 0")
            int page,
            @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, description = "The most follows a page holds")
            int size,
            @Schema(required = true, minimum = "0", maximum = "9007199254740991", description = "The follows in all pages")
            long total) {
    }
}
