package org.jointcommissioning.outcomes.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.idempotency.Idempotency;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.web.PublicLinks;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.domain.Measurement;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;
import org.jointcommissioning.outcomes.repository.MeasurementRepository;
import org.jointcommissioning.outcomes.service.Actor;
import org.jointcommissioning.outcomes.service.MeasurementService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/indicators/{code}/measurements")
@Authenticated
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@Tag(name = "Measurements", description = "Values reported per period, with data quality and revision history")
public class MeasurementResource {

    @Inject
    MeasurementService service;

    @Inject
    IndicatorRepository indicators;

    @Inject
    MeasurementRepository measurements;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

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
    @APIResponse(responseCode = "400", description = "Invalid period, value or data quality, or no Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a performance officer of the indicator's owner or of one "
            + "of its contributors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.KEY_REUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("code") String code,
                           @Parameter(description = ApiDocs.IDEMPOTENCY_KEY)
                           @HeaderParam(Idempotency.HEADER) String key,
                           @Valid MeasurementRequest request) {
        return idempotency.once("record-measurement:" + code, key, request, () -> {
            Measurement m = service.record(Actor.of(caller), code, request);
            return Response.created(links.to("/api/indicators/" + code + "/measurements/" + m.period))
                    .entity(MeasurementResponse.of(m)).build();
        });
    }

    @GET
    @Operation(summary = "List an indicator's measurements by period",
            description = "Latest period first; each period with its current value and the earlier values it replaced.")
    @APIResponse(responseCode = "200", description = "A page of periods")
    @APIResponse(responseCode = "400", description = "A bad page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<PeriodMeasurements> list(@PathParam("code") String code,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        indicators.require(code);
        Map<String, List<Measurement>> byPeriod = new LinkedHashMap<>();
        for (Measurement m : measurements.history(code)) {
            byPeriod.computeIfAbsent(m.period, p -> new ArrayList<>()).add(m);
        }
        List<PeriodMeasurements> periods = byPeriod.values().stream().map(PeriodMeasurements::of).toList();
        int from = Math.min(paging.offset(), periods.size());
        int to = Math.min(from + paging.size(), periods.size());
        return new Page<>(periods.subList(from, to), paging.page(), paging.size(), periods.size());
    }

    @GET
    @Path("/{period}")
    @Operation(summary = "Read one period's value and its revision history")
    @APIResponse(responseCode = "200", description = "The period")
    @APIResponse(responseCode = "404", description = "No such indicator, or no value for the period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PeriodMeasurements get(@PathParam("code") String code, @PathParam("period") String period) {
        indicators.require(code);
        List<Measurement> rows = measurements.ofPeriod(code, period);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Measurement of " + code + " for period", period);
        }
        return PeriodMeasurements.of(rows);
    }
}
