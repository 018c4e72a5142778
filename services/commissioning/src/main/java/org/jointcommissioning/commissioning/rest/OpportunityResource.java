package org.jointcommissioning.commissioning.rest;

import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.service.OpportunityAccess;
import org.jointcommissioning.commissioning.domain.OpportunityFilter;
import org.jointcommissioning.commissioning.service.OpportunityService;
import org.jointcommissioning.common.concurrency.IfMatch;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.kebab.Kebab;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.common.web.PublicLinks;

import java.math.BigDecimal;
import java.util.Arrays;

@Path("/api/opportunities")
@Tag(name = "Opportunities")
public class OpportunityResource {

    /** A money amount as the conventions write it, for the value filters. */
    static final String AMOUNT = "-?[0-9]{1,13}([.][0-9]{1,2})?";

    @Inject
    PublicLinks links;

    @Inject
    OpportunityService opportunities;


    @Inject
    OpportunityAccess access;

    @Inject
    PublicListing listing;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Create a draft opportunity owned by the caller's partner",
            description = "Criteria left out are the framework's. The fund must be open and the caller's partner one "
                    + "of its members, else 400 naming fundId (one message whether the fund is unknown, closed or not "
                    + "the partner's). Publishing checks deadlines, weights and lots.")
    @APIResponse(responseCode = "201", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityResponse.class)))
    public Response create(@NotNull @Valid OpportunityRequest request) {
        Opportunity opportunity = opportunities.create(request.draft());
        return Response.created(links.to("/api/opportunities/" + opportunity.id)).entity(view(opportunity)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Replace a draft's editable fields",
            description = "Only while the opportunity is a draft; the fund is checked as on creation.")
    @APIResponse(responseCode = "200", description = "The draft; the ETag header names its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = Limits.ETAG_DESCRIPTION, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 12)))
    @APIResponse(responseCode = "404", description = "No such opportunity of the caller's partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is no longer a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version: someone changed the draft since",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<OpportunityResponse> update(@PathParam("id") @Size(max = Limits.ID) String id,
                                                    @Parameter(description = "The ETag read; refused with 412 if stale")
                                                    @HeaderParam(HttpHeaders.IF_MATCH) @Size(max = Limits.HEADER) String ifMatch,
                                                    @NotNull @Valid OpportunityRequest request) {
        return tagged(opportunities.update(id, request.draft(), ifMatch));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an opportunity",
            description = "Public once published; a draft only to its owning partner's commissioners, the "
                    + "partnership admin and auditors.")
    @APIResponse(responseCode = "200", description = "The opportunity; the ETag header names its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityResponse.class)),
            headers = @Header(name = HttpHeaders.ETAG, description = Limits.ETAG_DESCRIPTION, required = true,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 12)))
    @APIResponse(responseCode = "404", description = "No such opportunity, or a draft the caller may not see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<OpportunityResponse> get(@PathParam("id") @Size(max = Limits.ID) String id) {
        return tagged(access.visible(id));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List and search opportunities",
            description = "Public: published, closed and awarded opportunities; a commissioner also sees every "
                    + "opportunity of their partner. The best keyword matches first when `q` is given, then by "
                    + "submission deadline, then id. Each item summarises an opportunity (its lots counted, its description's "
                    + "opening); the whole of one is read by its id.")
    @APIResponse(responseCode = "200", description = "A page of opportunities. To an anonymous caller, tagged with "
            + "the listing's version (ETag) for a conditional read.",
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "The listing's version, as a weak tag",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = "public, no-cache: keep it, but ask again",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40)),
                    @Header(name = HttpHeaders.VARY, description = "Authorization, Accept: a signed-in caller may "
                            + "see more, and the listing is JSON or CSV",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40))})
    @APIResponse(responseCode = "304", description = "The anonymous listing has not changed since the version named "
            + "in If-None-Match",
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "The listing's version, as a weak tag", required = true,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = "public, no-cache", required = true,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 40))})
    public Page<OpportunitySummary> list(
            @Parameter(description = "Keywords in the title or description, matched by their English stems, as in a "
                    + "web search: every word must match, \"a phrase\" in quotes, `or` between alternatives, -word to "
                    + "exclude")
            @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Only opportunities in this state", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"draft", "published", "closed", "awarded", "unsuccessful", "cancelled"}))
            @QueryParam("status") @Size(max = 20) String status,
            @Parameter(description = "A theme of the opportunity's framework")
            @QueryParam("theme") @Size(max = 200) String theme,
            @Parameter(description = "An indicator code the opportunity should move")
            @QueryParam("indicator") @Size(max = Limits.INDICATOR_CODE) String indicator,
            @Parameter(description = "Least total estimated value (GBP), a decimal such as 50000.00",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 17, pattern = "^" + AMOUNT + "$"))
            @QueryParam("minValue") @Pattern(regexp = AMOUNT, message = "must be a decimal amount such as 50000.00")
            String minValue,
            @Parameter(description = "Greatest total estimated value (GBP), a decimal such as 250000.00",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 17, pattern = "^" + AMOUNT + "$"))
            @QueryParam("maxValue") @Pattern(regexp = AMOUNT, message = "must be a decimal amount such as 250000.00")
            String maxValue,
            @Parameter(description = "Only opportunities under this framework")
            @QueryParam("frameworkId") @Size(max = Limits.ID) String frameworkId,
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size,
            @Parameter(description = "An ETag of the anonymous listing read before: 304 if it is still current")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 200) String ifNoneMatch,
            @Context HttpServerResponse response) {
        PageRequest paging = PageRequest.of(page, size);
        OpportunityFilter filter = new OpportunityFilter(q,
                status(status), theme, indicator,
                amount(minValue), amount(maxValue), frameworkId);
        if (!caller.isAuthenticated()) {
            return listing.answer(filter, paging, ifNoneMatch, response,
                    () -> views(opportunities.search(filter, paging)));
        }
        return views(opportunities.search(filter, paging));
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Publish a draft",
            description = "Checks the deadlines (in the future, with the configured minimum notice), the lots, "
                    + "reserved lots against the framework, the criteria, and again that the fund is open with the "
                    + "owning partner a member; emits OpportunityPublished.")
    @APIResponse(responseCode = "200", description = "The published opportunity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "400", description = "The draft breaks a publishing rule; the problem names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity of the caller's partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is not a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OpportunityResponse publish(@PathParam("id") @Size(max = Limits.ID) String id) {
        return view(opportunities.publish(id));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Cancel a published or closed opportunity", description = "Emits OpportunityCancelled.")
    @APIResponse(responseCode = "200", description = "The cancelled opportunity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity of the caller's partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is neither published nor closed, or it has live awards",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OpportunityResponse cancel(@PathParam("id") @Size(max = Limits.ID) String id,
                                      @NotNull @Valid CancelRequest request) {
        return view(opportunities.cancel(id, request.reason()));
    }

    @POST
    @Path("/{id}/declare-unsuccessful")
    @RolesAllowed(Roles.COMMISSIONER)
    @Operation(summary = "Close a closed opportunity without an award", description = "The status becomes unsuccessful.")
    @APIResponse(responseCode = "200", description = "The unsuccessful opportunity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such opportunity of the caller's partner",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is not closed, or one of its lots has a live award",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OpportunityResponse declareUnsuccessful(@PathParam("id") @Size(max = Limits.ID) String id) {
        return view(opportunities.declareUnsuccessful(id));
    }

    private RestResponse<OpportunityResponse> tagged(Opportunity opportunity) {
        return RestResponse.ResponseBuilder.ok(view(opportunity))
                .header(HttpHeaders.ETAG, IfMatch.etag(opportunity.version)).build();
    }

    private static Page<OpportunitySummary> views(Page<Opportunity> page) {
        return page.map(OpportunitySummary::of);
    }

    private OpportunityResponse view(Opportunity opportunity) {
        return OpportunityResponse.of(opportunity, opportunities.awardedLots(opportunity.id));
    }

    /** A value filter, already checked against {@link #AMOUNT}. */
    private static BigDecimal amount(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static OpportunityStatus status(String value) {
        return value == null ? null : Kebab.find(OpportunityStatus.class, value)
                .orElseThrow(() -> ProblemException.invalidField("status", "must be one of "
                        + Arrays.toString(OpportunityStatus.values())));
    }
}
