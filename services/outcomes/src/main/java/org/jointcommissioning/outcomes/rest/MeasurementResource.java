package org.jointcommissioning.outcomes.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.common.csv.CsvListWriter;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;
import org.jointcommissioning.outcomes.domain.Measurement;
import org.jointcommissioning.outcomes.service.MeasurementService;

import java.util.List;

@Path("/api/indicators/{code}/measurements")
@Authenticated
@Tag(name = "Measurements", description = "Values reported per period, with data quality and revision history")
public class MeasurementResource {

    @Inject
    MeasurementService service;

    @Inject
    Idempotency idempotency;

    @Inject
    PublicLinks links;

    @POST
    @Transactional
    @RolesAllowed(Roles.PERFORMANCE_OFFICER)
    @Operation(summary = "Report a value for a period",
            description = "Only performance officers of the indicator's owning partner or of one of its contributors "
                    + "may report, and revise, its values; anyone else is refused with 403 and nothing changes. "
                    + "A second value for a period already reported is its next revision: the earlier values "
                    + "stay in the period's history. The indicator's status is recomputed; a change emits "
                    + "IndicatorStatusChanged on outcomes.indicators.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the period",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeasurementResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid period, value or data quality, a district listed twice, "
            + "or no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a performance officer of the indicator's owner or of one "
            + "of its contributors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.KEY_REUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("code") @Size(max = ApiDocs.CODE_MAX) String code,
                           @Parameter(description = ApiDocs.IDEMPOTENCY_KEY, required = true,
                                   schema = @Schema(type = SchemaType.STRING, maxLength = ApiDocs.HEADER_MAX))
                           @HeaderParam(Idempotency.HEADER) String key,
                           @NotNull @Valid MeasurementRequest request) {
        return idempotency.once("record-measurement:" + code, key, request, () -> {
            Measurement m = service.record(code, request.draft());
            return Response.created(links.to("/api/indicators/" + code + "/measurements/" + m.period))
                    .entity(MeasurementResponse.of(m)).build();
        });
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvListWriter.TEXT_CSV})
    @Operation(summary = "List an indicator's measurements by period",
            description = "Latest period first (a financial year before its own fourth quarter); each period with its "
                    + "current value and the earlier values it replaced.")
    @APIResponse(responseCode = "200", description = "A page of periods")
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PeriodMeasurements> list(
            @PathParam("code") @Size(max = ApiDocs.CODE_MAX) String code,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0",
                    minimum = "0", maximum = "" + PageRequest.MAX_PAGE))
            @QueryParam("page") @Min(0) @Max(PageRequest.MAX_PAGE) Integer page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20",
                    minimum = "1", maximum = "" + PageRequest.MAX_SIZE))
            @QueryParam("size") @Min(1) @Max(PageRequest.MAX_SIZE) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        return service.byPeriod(code, paging).map(PeriodMeasurements::of);
    }

    @GET
    @Path("/{period}")
    @Operation(summary = "Read one period's value and its revision history")
    @APIResponse(responseCode = "200", description = "The period",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PeriodMeasurements.class)))
    @APIResponse(responseCode = "404", description = "No such indicator, or no value for the period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PeriodMeasurements get(@PathParam("code") @Size(max = ApiDocs.CODE_MAX) String code,
                                  @Parameter(description = "A financial year such as 2026-27 or a quarter such as "
                                          + "2026-27-Q3")
                                  @PathParam("period") @Size(max = ApiDocs.PERIOD_MAX) String period) {
        return PeriodMeasurements.of(service.ofPeriod(code, period));
    }
}
