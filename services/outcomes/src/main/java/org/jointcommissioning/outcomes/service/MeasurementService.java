package org.jointcommissioning.outcomes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.common.identity.Caller;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jointcommissioning.common.changes.ChangeLog;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.outcomes.domain.Decimals;
import org.jointcommissioning.outcomes.domain.DistrictValue;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.Measurement;
import org.jointcommissioning.outcomes.domain.MeasurementDraft;
import org.jointcommissioning.outcomes.domain.Period;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;
import org.jointcommissioning.outcomes.repository.MeasurementRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Records measurements; a second value for a period becomes its next revision, never an overwrite. Only the
 * partners who deliver the indicator (its owner and contributors) report on it. Each measurement is also recorded in
 * the change feed, in the same transaction.
 */
@ApplicationScoped
public class MeasurementService {

    /** What the change feed names a measurement, and its one kind of change (a revision is a new measurement). */
    public static final String CHANGE_KIND = "measurement";
    public static final String RECORDED = "recorded";

    @Inject
    Caller caller;

    @Inject
    IndicatorRepository indicators;

    @Inject
    MeasurementRepository measurements;

    @Inject
    StatusService status;

    @Inject
    Clock clock;

    @Inject
    OutcomesMetrics metrics;

    @Inject
    ChangeLog changes;

    @Transactional
    public Measurement record(String code, MeasurementDraft request) {
        // One report at a time per indicator: two reports for a period never get the same revision number.
        Indicator indicator = indicators.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Indicator", code));
        requireReporter(indicator);
        List<MeasurementDraft.DistrictReading> districts = request.districts();
        requireDistinct(districts);
        Measurement m = new Measurement();
        m.id = UUID.randomUUID().toString();
        m.indicatorCode = code;
        m.period = request.period();
        m.periodEnd = Period.of(request.period()).endQuarter();
        m.revision = measurements.nextRevision(code, request.period());
        if (m.revision > Measurement.MAX_VALUES_PER_PERIOD) {
            throw ProblemException.conflict(code + " already has " + Measurement.MAX_VALUES_PER_PERIOD + " values for "
                    + request.period() + ", the most a period keeps; correct the source data instead");
        }
        m.value = Decimals.stored(request.value());
        m.dataQuality = request.dataQuality();
        m.source = request.source();
        m.recordedBy = caller.subject();
        m.recordedByOrg = caller.orgId().orElse(null);
        // As the database keeps it (to the microsecond), so that the change feed shows what the API shows.
        m.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        districts.forEach(d -> m.districts.add(new DistrictValue(d.district(), Decimals.stored(d.value()))));
        measurements.persist(m);
        measurements.flush();
        changes.record(CHANGE_KIND, m.id, code, RECORDED, m);
        status.refresh(indicator);
        metrics.measurementRecorded();
        return m;
    }

    /** Those who deliver an indicator report on it: the owner's performance officers and the contributors'. */
    private void requireReporter(Indicator indicator) {
        if (!caller.hasRoleFor(Roles.PERFORMANCE_OFFICER, indicator.ownerPartnership)
                && indicator.contributors.stream().noneMatch(org -> caller.hasRoleFor(Roles.PERFORMANCE_OFFICER, org))) {
            throw ProblemException.forbidden("Only performance officers of " + indicator.ownerPartnership
                    + ", which owns " + indicator.code + ", or of its contributors may report its measurements");
        }
    }

    private void requireDistinct(List<MeasurementDraft.DistrictReading> districts) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < districts.size(); i++) {
            if (!seen.add(districts.get(i).district())) {
                throw ProblemException.invalidField("districts[" + i + "].district", "is listed twice");
            }
        }
    }

    /** The periods measured, latest first, each with its values newest revision first. */
    public Page<List<Measurement>> byPeriod(String code, PageRequest page) {
        indicators.require(code);
        return measurements.byPeriod(code, page);
    }

    /** The latest period's current value, if the indicator has been measured. */
    public Optional<Measurement> latest(String code) {
        return measurements.latest(code);
    }

    /** One period's values, newest revision first. */
    public List<Measurement> ofPeriod(String code, String period) {
        indicators.require(code);
        List<Measurement> rows = measurements.ofPeriod(code, period);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Measurement of " + code + " for period", period);
        }
        return rows;
    }
}
