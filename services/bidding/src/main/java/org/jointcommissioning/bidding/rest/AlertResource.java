package org.jointcommissioning.bidding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.bidding.domain.Alert;
import org.jointcommissioning.bidding.service.AlertService;
import org.jointcommissioning.common.concurrency.IfMatch;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;

import java.util.List;

@Path("/api/alerts")
@Tag(name = "Alerts", description = "An organisation's saved searches: it is told of every matching publication")
public class AlertResource {

    @Inject
    PublicLinks links;

    @Inject
    AlertService alerts;

    @Inject
    Idempotency idempotency;

    @POST
    @Transactional
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Save a search",
            description = "For the caller's organisation. From now on each published opportunity that matches it adds"
                    + " a notification to the organisation's list and sends one mail to the contact address of its"
                    + " profile (an organisation not yet registered gets the notifications only).")
    @APIResponse(responseCode = "201", description = "Saved; a retry with the same Idempotency-Key and body answers the same",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = AlertResponse.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (the problem names it), or Idempotency-Key is missing",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response save(
            @Parameter(required = true) @HeaderParam(Idempotency.HEADER) String key,
            @NotNull @Valid AlertRequest request) {
        return idempotency.once("save-alert", key, request, () -> {
            Alert alert = alerts.save(request.criteria());
            return Response.created(links.to("/api/alerts/" + alert.id)).entity(AlertResponse.of(alert)).build();
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "List your saved searches", description = "The caller's organisation's, oldest first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of saved searches",
            content = {@Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = AlertPage.class)),
                    @Content(mediaType = CsvListWriter.TEXT_CSV)})
    public Page<AlertResponse> list(
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        return alerts.list(PageRequest.of(page, size)).map(AlertResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Read a saved search", description = "The organisation's own only.")
    @APIResponse(responseCode = "200", description = "The saved search, with its version as ETag",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = AlertResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The search's version, for If-Match", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "404", description = "No such saved search, or not yours",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") @Size(max = 36) String id) {
        return tagged(alerts.find(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Change a saved search",
            description = "Replaces it whole; later publications are matched against the new search.")
    @APIResponse(responseCode = "200", description = "Changed, with the new version as ETag",
            content = @Content(mediaType = MediaTypes.JSON, schema = @Schema(implementation = AlertResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = "The search's version, for If-Match", required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 22)))
    @APIResponse(responseCode = "404", description = "No such saved search, or not yours",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version: someone changed the search since",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") @Size(max = 36) String id,
                           @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = 200) String ifMatch,
                           @NotNull @Valid AlertRequest request) {
        return tagged(alerts.update(id, request.criteria(), new IfMatch(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.BIDDER)
    @Operation(summary = "Delete a saved search",
            description = "No later publication is matched against it; the notifications it gave stay in the list.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such saved search, or not yours",
            content = @Content(mediaType = MediaTypes.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") @Size(max = 36) String id) {
        alerts.delete(id);
    }

    private static Response tagged(Alert alert) {
        return Response.ok(AlertResponse.of(alert)).header(HttpHeaders.ETAG, IfMatch.etag(alert.version)).build();
    }

    /** The list's schema: a page of saved searches, with the limits of {@link Page}. */
    @Schema(name = "AlertPage")
    public record AlertPage(
            @Schema(required = true, maxItems = PageRequest.MAX_SIZE, description = "This page's searches, in the stated order")
            List<AlertResponse> items,
            @Schema(required = true, minimum = "0", maximum = "" + PageRequest.MAX_PAGE, description = "The page, counted from 0")
            int page,
            @Schema(required = true, minimum = "1", maximum = "" + PageRequest.MAX_SIZE, description = "The most searches a page holds")
            int size,
            @Schema(required = true, minimum = "0", maximum = "9007199254740991", description = "The searches in all pages")
            long total) {
    }
}
