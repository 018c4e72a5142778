import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a living partnership through the public API, as its people would: partners, a pooled fund with pledges and
 * receipts, LAA indicators (NI179 among them) with measurements, a delivery plan and a risk, a framework, a published
 * opportunity open for weeks, and one that closes in two minutes with two sealed bids waiting for it.
 *
 * Run by {@code infra/platform demo}: java infra/demo/DemoData.java GATEWAY_URL KEYCLOAK_REALM_URL
 */
public class DemoData {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new HashMap<>();
    private static String gateway;
    private static String realm;

    public static void main(String[] args) throws Exception {
        gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        realm = args.length > 1 ? args[1] : "http://127.0.0.1:8180/realms/commissioning";
        if (call("admin", "GET", "/api/indicators/NI179", null).statusCode() == 200) {
            System.out.println("Demonstration data is already loaded (indicator NI179 exists).");
            return;
        }
        partners();
        String fund = fund();
        years(fund);
        indicators();
        String framework = framework();
        opportunities(framework, fund);
        System.out.println("Demonstration data loaded. Try: curl " + gateway + "/api/opportunities");
    }

    static void partners() throws Exception {
        step("Partners");
        // Open data names a partner by its org-id.guide identifier where it has one (GB-LAE: local authorities in
        // England, GB-NHS: NHS organisation codes); the others are named by the partnership's 360Giving prefix.
        partner("county-council", "Leicestershire County Council", "county-council", "GB-LAE-LEC");
        partner("district-council", "Charnwood Borough Council", "district-council", null);
        partner("melton-borough", "Melton Borough Council", "district-council", null);
        partner("nhs-trust", "Leicestershire Partnership NHS Trust", "nhs", "GB-NHS-RT5");
        partner("police", "Leicestershire Police", "police", null);
        partner("voluntary-action", "Voluntary Action Leicestershire", "voluntary-sector", null);
    }

    static void partner(String id, String name, String kind, String identifier) throws Exception {
        String withIdentifier = identifier == null ? "" : ", \"identifier\": \"" + identifier + "\"";
        expect(call("admin", "POST", "/api/partners", """
                {"id": "%s", "name": "%s", "kind": "%s"%s}""".formatted(id, name, kind, withIdentifier)), 201, 409);
    }

    static String fund() throws Exception {
        step("Pooled fund, pledges and receipts");
        String fund = id(expect(call("admin", "POST", "/api/funds", """
                {"name": "Supporting independence pooled fund 2026-27",
                 "purpose": "Help older and vulnerable people live independently, and release cash from acute care",
                 "hostPartnerId": "county-council", "members": ["county-council", "nhs-trust", "district-council"], "financialYear": "2026-27", "currency": "GBP",
                 "indicatorCodes": ["NI179", "NI141", "NI125"],
                 "riskShare": {"rule": "fixed", "shares": {"county-council": 50, "nhs-trust": 40, "district-council": 10}}}
                """), 201));
        contribution("finance-county", fund, "county-council", "pledge", "500000.00", "2026-04-01");
        contribution("finance-county", fund, "county-council", "receipt", "500000.00", "2026-04-20");
        contribution("finance-nhs", fund, "nhs-trust", "pledge", "400000.00", "2026-04-01");
        contribution("finance-nhs", fund, "nhs-trust", "receipt", "250000.00", "2026-05-02");
        contribution("finance-district", fund, "district-council", "pledge", "100000.00", "2026-04-01");
        return fund;
    }

    /**
     * 2025-26, the pilot year: the partners paid in £100,000 and spent none of it; the county closed the year and
     * every member approved carrying the underspend into 2026-27, which stays open with two budget lines.
     */
    static void years(String fund) throws Exception {
        step("Financial years: 2025-26 closed and carried forward, 2026-27 open");
        String years = "/api/funds/" + fund + "/years";
        expect(call("finance-county", "POST", years, "{\"year\": \"2025-26\"}"), 201);
        for (String[] partner : List.of(new String[] {"finance-county", "county-council", "50000.00"},
                new String[] {"finance-nhs", "nhs-trust", "40000.00"},
                new String[] {"finance-district", "district-council", "10000.00"})) {
            contribution(partner[0], fund, partner[1], "pledge", partner[2], "2025-04-01");
            contribution(partner[0], fund, partner[1], "receipt", partner[2], "2025-04-30");
        }
        line(years + "/2025-26", "reablement", "Reablement pilot", "100000.00");
        expect(call("finance-county", "POST", years, "{\"year\": \"2026-27\"}"), 201);
        line(years + "/2026-27", "reablement", "Reablement and rapid response", "600000.00");
        line(years + "/2026-27", "carers", "Carers' breaks and support", "500000.00");
        expect(call("finance-county", "POST", years + "/2025-26/close", null), 200);
        for (String financeManager : List.of("finance-nhs", "finance-district", "finance-county")) {
            expect(call(financeManager, "POST", years + "/2025-26/carry-forward/approvals", null), 200);
        }
    }

    static void line(String year, String code, String name, String budget) throws Exception {
        expect(call("finance-county", "PUT", year + "/lines/" + code, """
                {"name": "%s", "budget": {"amount": "%s", "currency": "GBP"}}""".formatted(name, budget)), 200);
    }

    static void contribution(String user, String fund, String partner, String kind, String amount, String date)
            throws Exception {
        expect(call(user, "POST", "/api/funds/" + fund + "/contributions", """
                {"partnerId": "%s", "kind": "%s", "amount": {"amount": "%s", "currency": "GBP"},
                 "date": "%s", "reference": "%s %s"}""".formatted(partner, kind, amount, date, kind, partner)), 201);
    }

    static void indicators() throws Exception {
        step("LAA indicators, measurements, a delivery plan and a risk");
        indicator("NI179", "Value for money: net cash-releasing gains", "statutory", "higher-is-better", "GBP thousands",
                "value-for-money", "county-council", "2025-26", "0", "2026-27", "1500");
        indicator("NI141", "Vulnerable people achieving independent living", "negotiated", "higher-is-better", "percent",
                "older-people", "county-council", "2025-26", "68", "2026-27", "75");
        indicator("NI125", "Older people at home 91 days after hospital discharge", "negotiated", "higher-is-better",
                "percent", "older-people", "nhs-trust", "2025-26", "80", "2026-27", "86");
        indicator("LAA-L01", "Adults volunteering at least once a month", "local", "higher-is-better", "percent",
                "stronger-communities", "district-council", "2025-26", "22", "2026-27", "26");
        measurement("performance-county", "NI141", "2026-27-Q1", "69.5", "validated");
        measurement("performance-county", "NI141", "2026-27-Q2", "70.1", "provisional");
        measurement("performance-nhs", "NI125", "2026-27-Q2", "79.0", "validated");
        expect(call("performance-county", "PUT", "/api/indicators/NI141/delivery-plan", """
                {"owner": "Adult social care commissioning",
                 "actions": [{"title": "Commission a hospital discharge befriending service", "owner": "commissioner-county",
                              "due": "2026-12-31", "status": "in-progress"},
                             {"title": "Agree a shared assessment with the NHS trust", "owner": "performance-nhs",
                              "due": "2027-02-28", "status": "not-started"}]}"""), 200);
        expect(call("performance-county", "POST", "/api/risks", """
                {"title": "Winter pressures delay hospital discharges", "indicatorCodes": ["NI141", "NI125"],
                 "likelihood": 4, "impact": 4, "mitigation": "Surge befriending capacity from December",
                 "owner": "county-council", "status": "open"}"""), 201);
    }

    static void indicator(String code, String title, String kind, String polarity, String unit, String theme,
                          String owner, String basePeriod, String base, String targetPeriod, String target)
            throws Exception {
        expect(call("admin", "POST", "/api/indicators", """
                {"code": "%s", "title": "%s", "kind": "%s", "polarity": "%s", "unit": "%s", "theme": "%s",
                 "ownerPartnership": "%s", "baseline": {"period": "%s", "value": %s},
                 "targets": [{"period": "%s", "value": %s}]}""".formatted(code, title, kind, polarity, unit, theme,
                owner, basePeriod, base, targetPeriod, target)), 201);
    }

    static void measurement(String user, String code, String period, String value, String quality) throws Exception {
        expect(call(user, "POST", "/api/indicators/" + code + "/measurements", """
                {"period": "%s", "value": %s, "dataQuality": "%s", "source": "Quarterly partnership return"}"""
                .formatted(period, value, quality)), 201);
    }

    static String framework() throws Exception {
        step("Commissioning framework");
        return id(expect(call("admin", "POST", "/api/frameworks", """
                {"name": "Leicestershire Together commissioning framework",
                 "description": "How the partnership commissions together, with voluntary organisations on equal terms",
                 "principles": ["Commission for outcomes, not activity", "Proportionate processes for small providers",
                                "Social value in every contract"],
                 "themes": ["older-people", "stronger-communities", "value-for-money"],
                 "criteria": [{"id": "price", "name": "Price", "kind": "price", "weight": 40},
                              {"id": "quality", "name": "Quality and outcomes", "kind": "quality", "weight": 45},
                              {"id": "social-value", "name": "Social value", "kind": "social-value", "weight": 15}],
                 "reservedLotsAllowed": true,
                 "proportionateThreshold": {"amount": "100000.00", "currency": "GBP"}}"""), 201));
    }

    static void opportunities(String framework, String fund) throws Exception {
        step("Opportunities, organisations and sealed bids");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String longRunning = opportunity(framework, fund, "Young carers support grant",
                "Grants for groups supporting young carers across the county", "grant",
                now.plus(14, ChronoUnit.DAYS), now.plus(30, ChronoUnit.DAYS), "80000.00");
        publish(longRunning);
        String closingSoon = opportunity(framework, fund, "Hospital discharge befriending service",
                "Volunteer befrienders who help older people settle at home after a hospital stay", "open",
                now.plusSeconds(60), now.plusSeconds(120), "240000.00");
        publish(closingSoon);
        organisation("bidder-carers", "Carers Network Leicestershire", "1123456");
        organisation("bidder-youth", "Youth Trust Charnwood", "1098765");
        bid("bidder-carers", closingSoon, "225000.00", "Trained volunteer befrienders in every district");
        bid("bidder-youth", closingSoon, "238000.00", "Young volunteers paired with older neighbours");
        System.out.println("  'Hospital discharge befriending service' closes at " + now.plusSeconds(120)
                + "; then commissioner-county can read, score and award its two bids.");
    }

    static String opportunity(String framework, String fund, String title, String description, String route,
                              Instant clarification, Instant submission, String value) throws Exception {
        return id(expect(call("commissioner-county", "POST", "/api/opportunities", """
                {"title": "%s", "description": "%s", "frameworkId": "%s", "route": "%s", "fundId": "%s",
                 "lots": [{"id": "lot-1", "title": "%s", "estimatedValue": {"amount": "%s", "currency": "GBP"},
                           "reservedForVoluntarySector": true}],
                 "indicators": [{"code": "NI141", "expectedImprovement": 3}, {"code": "NI179", "expectedImprovement": 150}],
                 "clarificationDeadline": "%s", "submissionDeadline": "%s"}""".formatted(title, description, framework,
                route, fund, title, value, clarification, submission)), 201));
    }

    static void publish(String opportunity) throws Exception {
        expect(call("commissioner-county", "POST", "/api/opportunities/" + opportunity + "/publish", null), 200);
    }

    static void organisation(String user, String name, String charityNumber) throws Exception {
        expect(call(user, "POST", "/api/organisations", """
                {"name": "%s", "legalForm": "charity", "charityNumber": "%s", "size": "small",
                 "districtsServed": ["Charnwood", "Melton", "Hinckley and Bosworth"],
                 "contactEmail": "bids@example.org.uk"}""".formatted(name, charityNumber)), 201, 409);
    }

    static void bid(String user, String opportunity, String price, String approach) throws Exception {
        String body = """
                {"opportunityId": "%s", "lotId": "lot-1", "price": {"amount": "%s", "currency": "GBP"},
                 "answers": [{"criterionId": "quality", "text": "%s, with weekly visits for twelve weeks."},
                             {"criterionId": "social-value", "text": "Volunteers are recruited and trained locally."}],
                 "socialValue": [{"description": "Local volunteers trained", "measure": "people", "quantity": 40}],
                 "indicatorContributions": [{"code": "NI141", "expectedImprovement": 2}]}"""
                .formatted(opportunity, price, approach);
        // Bidding learns of the opportunity from commissioning's event, a moment after publication.
        for (int attempt = 0; attempt < 30; attempt++) {
            HttpResponse<String> response = call(user, "POST", "/api/bids", body);
            if (response.statusCode() == 201) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The bid of " + user + " was not accepted");
    }

    static HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token(user))
                .header("Accept", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String token(String user) throws Exception {
        if (!TOKENS.containsKey(user)) {
            String form = "grant_type=password&client_id=platform-cli&password=demo&username="
                    + URLEncoder.encode(user, StandardCharsets.UTF_8);
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
            if (!token.find()) {
                throw new IllegalStateException("No token for " + user + ": " + response.body());
            }
            TOKENS.put(user, token.group(1));
        }
        return TOKENS.get(user);
    }

    static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " answered "
                + response.statusCode() + ": " + response.body());
    }

    static String id(HttpResponse<String> response) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!id.find()) {
            throw new IllegalStateException("No id in " + response.body());
        }
        return id.group(1);
    }

    static void step(String name) {
        System.out.println("  " + name);
    }
}
