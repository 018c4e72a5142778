package org.jointcommissioning.outcomes;

import io.quarkus.security.identity.SecurityIdentity;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.common.concurrency.IfMatch;
import org.jointcommissioning.common.identity.Roles;
import org.jointcommissioning.outcomes.domain.Challenge;
import org.jointcommissioning.outcomes.domain.DataQuality;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.domain.IndicatorKind;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;
import org.jointcommissioning.outcomes.rest.IndicatorRequest;
import org.jointcommissioning.outcomes.rest.MeasurementRequest;
import org.jointcommissioning.outcomes.rest.PeriodValue;
import org.jointcommissioning.outcomes.rest.RiskRequest;
import org.jointcommissioning.outcomes.service.ChallengeService;
import org.jointcommissioning.outcomes.service.IndicatorService;
import org.jointcommissioning.outcomes.service.MeasurementService;
import org.jointcommissioning.outcomes.service.RiskService;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.jointcommissioning.testing.identity.Acting.as;
import static org.jointcommissioning.testing.identity.Acting.person;

/**
 * Test data made through the use cases, as the named organisation would make it, so that a test can
 * act as one caller on data set up by others. Every indicator gets a fresh code: tests share one database.
 */
@ApplicationScoped
public class Fixtures {

    public static final SecurityIdentity ADMIN = person("admin", "partnership", Roles.PARTNERSHIP_ADMIN);

    @Inject
    IndicatorService indicators;

    @Inject
    IndicatorRepository indicatorRepository;

    @Inject
    MeasurementService measurements;

    @Inject
    ChallengeService challenges;

    @Inject
    RiskService risks;

    public static SecurityIdentity officerOf(String org) {
        return person("officer-" + org, org, Roles.PERFORMANCE_OFFICER);
    }

    public static String newCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** A JSON request with a fresh Idempotency-Key. */
    public static RequestSpecification json() {
        return json(UUID.randomUUID().toString());
    }

    public static RequestSpecification json(String idempotencyKey) {
        return given().contentType("application/json").header("Idempotency-Key", idempotencyKey);
    }

    /**
     * From 100 (2025-26) up to 200 (2027-28), or from 200 down to 100: the path passes 150 at 2026-27,
     * and amber is up to 10 behind it.
     */
    public static IndicatorRequest request(String code, String owner, Polarity polarity, String theme) {
        boolean up = polarity == Polarity.HIGHER_IS_BETTER;
        return new IndicatorRequest(code, "Indicator " + code, IndicatorKind.NEGOTIATED, polarity, "percent", theme,
                owner, List.of(), new PeriodValue("2025-26", new BigDecimal(up ? "100" : "200")),
                List.of(new PeriodValue("2027-28", new BigDecimal(up ? "200" : "100"))));
    }

    public String indicator(String owner) {
        return indicator(owner, Polarity.HIGHER_IS_BETTER, "Healthier communities");
    }

    public String indicator(String owner, Polarity polarity, String theme) {
        return indicator(request(newCode(), owner, polarity, theme));
    }

    /** The same request with these contributors. */
    public static IndicatorRequest withContributors(IndicatorRequest r, String... contributors) {
        return new IndicatorRequest(r.code(), r.title(), r.kind(), r.polarity(), r.unit(), r.theme(),
                r.ownerPartnership(), List.of(contributors), r.baseline(), r.targets());
    }

    /** An indicator of {@code owner} to which the {@code contributors} contribute. */
    public String indicatorWithContributors(String owner, String... contributors) {
        return indicator(withContributors(request(newCode(), owner, Polarity.HIGHER_IS_BETTER, "Healthier communities"),
                contributors));
    }

    /** Changes an indicator's contributors as the partnership admin would, keeping the rest. */
    @Transactional
    public void setContributors(String code, String... contributors) {
        Indicator i = indicatorRepository.require(code);
        IndicatorRequest changed = new IndicatorRequest(i.code, i.title, i.kind, i.polarity, i.unit, i.theme,
                i.ownerPartnership, List.of(contributors), new PeriodValue(i.baselinePeriod, i.baselineValue),
                i.targets.stream().map(t -> new PeriodValue(t.period, t.value)).toList());
        as(ADMIN, () -> indicators.update(code, changed.draft(), IfMatch.NONE));
    }

    public String indicator(IndicatorRequest request) {
        return as(ADMIN, () -> indicators.create(request.draft())).code;
    }

    /** Reports a value as a performance officer of the indicator's owner. */
    @Transactional
    public void measure(String code, String period, String value) {
        MeasurementRequest request = new MeasurementRequest(period, new BigDecimal(value), DataQuality.VALIDATED,
                "test return", null);
        as(officerOf(indicatorRepository.require(code).ownerPartnership), () -> measurements.record(code, request.draft()));
    }

    public String challenge(String code, String raisedByOrg) {
        return as(officerOf(raisedByOrg), () -> challenges.raise(code, "Why is " + code + " behind?")).id;
    }

    @Transactional
    public String answeredChallenge(String code, String owner, String raisedByOrg) {
        Challenge challenge = as(officerOf(raisedByOrg), () -> challenges.raise(code, "Why is " + code + " behind?"));
        as(officerOf(owner), () -> challenges.answer(challenge.id, "A recovery plan is in place"));
        return challenge.id;
    }

    public String risk(String org, String code, int likelihood, int impact) {
        RiskRequest request = new RiskRequest("Risk to " + code, List.of(code), likelihood, impact, "Mitigate",
                "Head of service", null);
        return as(officerOf(org), () -> risks.create(request.draft())).id;
    }
}
