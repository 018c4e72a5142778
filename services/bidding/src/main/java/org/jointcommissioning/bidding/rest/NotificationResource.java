package org.jointcommissioning.bidding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.bidding.service.NotificationService;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;

import java.util.List;

@Path("/api/notifications")
@Tag(name = "Alerts", description = "An organisation's saved searches: it is told of every matching publication")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "List your organisation's notifications",
            description = "Matching publications, clarification answers and cancellations, newest first, then by id;"
                    + " shared by the organisation's users.")
    @APIResponse(responseCode = "200", description = "A page of notifications",
            content = {@Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = NotificationPage.class)),
                    @Content(mediaType = CsvListWriter.TEXT_CSV)})
    public Page<NotificationResponse> list(
            @Parameter(description = "Only those no one has marked read yet")
            @QueryParam("unread") Boolean unread,
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return notifications.list(Boolean.TRUE.equals(unread), PageRequest.of(page, size))
                .map(NotificationResponse::of);
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Mark a notification read", description = "Marking it again keeps the first time.")
    @APIResponse(responseCode = "200", description = "Read",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = NotificationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such notification, or not your organisation's",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public NotificationResponse read(@PathParam("id") @Size(max = 36) String id) {
        return NotificationResponse.of(notifications.markRead(id));
    }

    /** The list's schema: a page of notifications, with the limits of {@link Page}. */
    @Schema(name = "NotificationPage")
    public record NotificationPage(
            @Schema(required = true, maxItems = PageRequest.MAX_SIZE, description = "This page's notifications, in the stated order")
            List<NotificationResponse> items,
            @Schema(required = true, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, description = "The page, counted from 0")
            int page,
            @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, description = "The most notifications a page holds")
            int size,
            @Schema(required = true, minimum = "0", maximum = "9007199254740991", description = "The notifications in all pages")
            long total) {
    }
}
