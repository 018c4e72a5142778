package org.jointcommissioning.system;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jointcommissioning.testing.access.AccessCase;
import org.jointcommissioning.testing.access.AccessRules;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends one operation of the access matrix as one persona: the path filled from the case's fixture, and a body
 * that would be valid for a caller who is allowed, so that an answer other than 401, 403 or 404 means "allowed".
 */
final class AccessRequests {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern FIXTURE_REFERENCE = Pattern.compile("\\{([a-z0-9-]+)\\.([A-Za-z]+)}");

    /** The operations whose body is a document (raw bytes), not JSON. */
    private static final List<String> DOCUMENT_UPLOADS = List.of("POST /api/bids/{id}/documents",
            "PUT /api/bids/{id}/documents/{documentId}");

    private final AccessFixtures fixtures;
    private final AccessData data;

    AccessRequests(AccessFixtures fixtures) {
        this.fixtures = fixtures;
        this.data = fixtures.data;
    }

    Response send(AccessRules.OperationRule rule, AccessCase accessCase, String persona) {
        String path = path(rule.path(), accessCase.on());
        RequestSpecification request = AccessRules.ANONYMOUS.equals(persona) ? Gateway.anonymous()
                : Gateway.as(persona, Gateway.newKey());
        accessCase.query().forEach((name, value) -> request.queryParam(name, resolve(value)));
        Object body = body(rule.operation(), persona, accessCase.on());
        if (body != null) {
            request.body(body);
        }
        if (DOCUMENT_UPLOADS.contains(rule.operation())) {
            request.contentType(AccessData.PDF).queryParam("filename", "matrix.pdf").body(data.pdf("A matrix call"));
            if (rule.operation().startsWith("POST")) {
                request.queryParam("envelope", "technical");
            }
        }
        return request.request(rule.method(), path);
    }

    private String path(String template, String on) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = fixtures.of(on).get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Fixture " + on + " has no " + m.group(1) + " for " + template);
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    private String resolve(String value) {
        Matcher m = FIXTURE_REFERENCE.matcher(value);
        return m.matches() ? fixtures.id(m.group(1), m.group(2)) : value;
    }

    /** A valid body for the operation, as this persona would send it; null for operations without one. */
    private Object body(String operation, String persona, String on) {
        Instant far = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(java.time.Duration.ofDays(30));
        return switch (operation) {
            case "POST /api/partners" -> data.partner(data.unique("partner"), "A new partner", "other");
            case "POST /api/funds" -> data.fund("county-council", List.of("county-council"));
            case "PUT /api/funds/{id}/members" -> Map.of("members", List.of("county-council", "nhs-trust"));
            case "POST /api/funds/{fundId}/contributions" -> data.contribution(partnerOf(persona), "pledge", "10.00");
            case "POST /api/funds/{fundId}/payments" -> data.payment(fixtures.id("county-award", "awardId"));
            case "POST /api/funds/{fundId}/years" -> Map.of("year", "2030-31");
            case "PUT /api/funds/{fundId}/years/{year}/lines/{line}" ->
                    Map.of("name", "Care at home", "budget", Map.of("amount", "100000.00", "currency", "GBP"));
            case "POST /api/funds/{fundId}/years/{year}/forecasts" -> Map.of("month", "2021-06", "lines",
                    List.of(Map.of("line", "care", "forecast", Map.of("amount", "90000.00", "currency", "GBP"))));
            case "POST /api/funds/{fundId}/years/{year}/forecasts/proposal/accept" -> Map.of("month", "2021-06");
            case "PUT /api/funds/{fundId}/commitments/{awardId}" -> data.commitmentPlan();
            case "POST /api/frameworks", "PUT /api/frameworks/{id}" -> data.framework();
            case "POST /api/opportunities" -> data.opportunity(fixtures.id("framework", "id"), fixtures.id(on, "fundId"),
                    far, far.plusSeconds(3600));
            case "PUT /api/opportunities/{id}" -> data.opportunity(fixtures.id("framework", "id"),
                    fixtures.id("shared-fund", "id"), far, far.plusSeconds(3600));
            case "POST /api/opportunities/{id}/cancel", "POST /api/awards/{awardId}/cancel" ->
                    Map.of("reason", "The need has changed");
            case "POST /api/opportunities/{id}/questions" -> Map.of("text", "Is there a mobilisation period?");
            case "POST /api/opportunities/{id}/questions/{questionId}/answer" ->
                    Map.of("answer", "Yes: partners may train volunteers.");
            case "PUT /api/opportunities/{id}/evaluations/{bidId}" -> data.scores();
            case "POST /api/awards/{awardId}/challenges" -> Map.of("grounds", "Our volunteers were not scored");
            case "POST /api/awards/{awardId}/challenges/{challengeId}/answer" ->
                    Map.of("decision", "dismissed", "reasons", "Every bid was scored against the same criteria.");
            case "POST /api/opportunities/{id}/awards" ->
                    data.award("lot-2", fixtures.id("youth-lot-2-bid", "bidId"), "40000.00");
            case "POST /api/organisations" -> data.organisation("Organisation of " + persona, "1123456");
            case "PUT /api/organisations/{id}" -> data.organisation("Carers Network", "1123456");
            case "POST /api/bids" -> data.bid(fixtures.id("county-open", "id"), "lot-1", "99000.00");
            case "PUT /api/bids/{id}" -> data.bidChanges("94000.00");
            case "POST /api/alerts", "PUT /api/alerts/{id}" -> data.alert();
            case "POST /api/indicators" -> data.indicator(data.indicatorCode("NEW"), partnerOf(persona), List.of());
            case "PUT /api/indicators/{code}" ->
                    data.indicator(fixtures.id("county-indicator", "code"), "county-council", List.of("district-council"));
            case "POST /api/indicators/{code}/measurements" -> data.measurement("2026-27-Q2");
            case "PUT /api/indicators/{code}/delivery-plan" -> data.deliveryPlan();
            case "POST /api/indicators/{code}/challenges" -> Map.of("question", "How will volunteers be kept on?");
            case "POST /api/challenges/{id}/response" -> Map.of("response", "Through a joint retention plan.");
            case "POST /api/risks" -> data.risk(fixtures.id("county-indicator", "code"));
            case "PUT /api/risks/{id}" -> data.riskUpdate(fixtures.id("county-indicator", "code"));
            default -> null;
        };
    }

    /** The partner a persona acts for; the partnership's own people act for the county here. */
    private static String partnerOf(String persona) {
        if (persona.endsWith("-county")) {
            return "county-council";
        }
        if (persona.endsWith("-nhs")) {
            return "nhs-trust";
        }
        if (persona.endsWith("-district")) {
            return "district-council";
        }
        if (persona.endsWith("-police")) {
            return "police";
        }
        return "county-council";
    }
}
