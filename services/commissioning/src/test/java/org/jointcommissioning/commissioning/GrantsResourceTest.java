package org.jointcommissioning.commissioning;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.service.DeadlineCloser;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.jointcommissioning.commissioning.support.Funds;
import org.jointcommissioning.commissioning.support.Journey;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.FundMembershipChanged;
import org.jointcommissioning.contracts.events.Topics;
import org.jointcommissioning.testing.GrantsSchema;
import org.jointcommissioning.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grants: an opportunity on the grant route is applied for and awarded as a tender is, and each award its fund has
 * reserved the money for is published in the 360Giving grants file, valid against the official schema, with the
 * recipient and the funders identified in the org-id.guide form.
 */
@QuarkusTest
@TestSecurity(user = "cara", roles = "commissioner")
@OidcSecurity(claims = @Claim(key = "org_id", value = "county-council"))
class GrantsResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Inject
    DeadlineCloser closer;

    MutableClock clock;

    @BeforeEach
    void installClockAndNamedFund() {
        clock = MutableClock.install();
        Funds.named(UUID.randomUUID().toString(), Journey.FUND, true, Instant.now(), List.of(
                new FundMembershipChanged.Partner(Fixtures.COUNTY, "Kent County Council", "GB-LAE-KEN"),
                new FundMembershipChanged.Partner(Fixtures.NHS, "Kent Community NHS Trust", null)));
    }

    @Test
    void aFundedGrantIsPublishedWithItsRecipientFundersAndProgramme() {
        String framework = Journey.createFramework(false);
        String opportunity = opportunity(framework, "grant", "Befriending grants");
        String awardId = funded(opportunity, "carers-network", "charity", "1144000", null, "15000.50");

        JsonNode grant = grantOf(awardId);
        assertEquals("Befriending grants, lot lot-1", grant.path("title").asText());
        assertEquals("GBP", grant.path("currency").asText());
        assertTrue(grant.path("amountAwarded").isNumber(), "a number, as the standard asks");
        assertEquals(0, new BigDecimal("15000.50").compareTo(grant.path("amountAwarded").decimalValue()));
        assertEquals(clock.instant().atOffset(ZoneOffset.UTC).toLocalDate().toString(), grant.path("awardDate").asText());
        assertEquals("Yes", grant.path("fromOpenCall").asText());
        JsonNode recipient = grant.path("recipientOrganization").get(0);
        assertEquals("GB-CHC-1144000", recipient.path("id").asText());
        assertEquals("Name of carers-network", recipient.path("name").asText());
        assertEquals("1144000", recipient.path("charityNumber").asText());
        JsonNode funder = grant.path("fundingOrganization").get(0);
        assertEquals("GB-LAE-KEN", funder.path("id").asText());
        assertEquals("Kent County Council", funder.path("name").asText());
        assertEquals("Dover", grant.path("beneficiaryLocation").get(0).path("name").asText());
        assertEquals(framework, grant.path("grantProgramme").get(0).path("code").asText());
        assertEquals("Community wellbeing framework", grant.path("grantProgramme").get(0).path("title").asText());
    }

    @Test
    void aCompanyIsIdentifiedByItsCompanyNumberAndAnUnregisteredGroupByThePublishersPrefix() {
        String framework = Journey.createFramework(false);
        String company = funded(opportunity(framework, "grant", "Youth clubs"), "youth-cic",
                "community-interest-company", null, "09876543", "8000.00");
        String group = funded(opportunity(framework, "grant", "Street parties"), "street-group",
                "community-group", null, null, "500.00");

        assertEquals("GB-COH-09876543", grantOf(company).path("recipientOrganization").get(0).path("id").asText());
        assertEquals("360G-jcp-street-group", grantOf(group).path("recipientOrganization").get(0).path("id").asText());
    }

    @Test
    void aTenderAndAGrantAwaitingItsFundsAreNotGrants() {
        String framework = Journey.createFramework(false);
        String tender = funded(opportunity(framework, "open", "Carers service"), "carers-network", "charity",
                "1144000", null, "20000.00");
        String opportunity = opportunity(framework, "grant", "Lunch clubs");
        String bid = closeWithBid(opportunity, "lunch-club", "charity", "1150000", null, "3000.00");
        String pending = Journey.award(opportunity, bid, "3000.00");

        List<String> ids = StreamSupport.stream(grants().path("grants").spliterator(), false)
                .map(g -> g.path("id").asText()).toList();
        assertFalse(ids.contains("360G-jcp-" + tender));
        assertFalse(ids.contains("360G-jcp-" + pending));
    }

    @Test
    void theCsvFlavourUsesTheStandardsColumnTitlesAndDisarmsFormulas() {
        String awardId = funded(opportunity(Journey.createFramework(false), "grant", "=HYPERLINK(\"x\")"),
                "carers-network", "charity", "1144000", null, "1200.00");

        String byAccept = given().accept("text/csv").get("/api/open-data/360giving").then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).extract().asString();
        String byFormat = given().queryParam("format", "csv").get("/api/open-data/360giving").then().statusCode(200)
                .extract().asString();
        assertEquals(byAccept, byFormat);
        List<List<String>> rows = csv(byAccept);
        assertEquals(List.of("Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date", "URL",
                "From An Open Call?", "Last Modified", "Recipient Org:Identifier", "Recipient Org:Name",
                "Recipient Org:Charity Number", "Recipient Org:Company Number", "Funding Org:Identifier",
                "Funding Org:Name", "Beneficiary Location:Name", "Grant Programme:Code", "Grant Programme:Title"),
                rows.get(0));
        List<String> row = rows.stream().filter(r -> r.get(0).equals("360G-jcp-" + awardId)).findFirst().orElseThrow();
        assertEquals("'=HYPERLINK(\"x\"), lot lot-1", row.get(1), "kept as text, not run as a formula");
        assertEquals(List.of("GBP", "1200.00"), row.subList(3, 5));
        assertEquals(List.of("GB-CHC-1144000", "Name of carers-network", "1144000", "", "GB-LAE-KEN",
                "Kent County Council", "Dover"), row.subList(9, 16));
        JsonNode json = grantOf(awardId);
        assertEquals(json.path("awardDate").asText(), row.get(5));
        assertEquals(json.path("dateModified").asText(), row.get(8));
    }

    @Test
    void anUnknownFormatIsRefused() {
        given().queryParam("format", "xml").get("/api/open-data/360giving").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }

    private String opportunity(String framework, String route, String title) {
        Map<String, Object> body = new HashMap<>(Journey.draftBody(framework, clock.instant(), false));
        body.put("route", route);
        body.put("title", title);
        String id = Journey.createDraft(body);
        Journey.publish(id);
        return id;
    }

    /** Closes the opportunity with one application, awards it and lets the fund reserve the money. */
    private String funded(String opportunity, String organisation, String legalForm, String charityNumber,
                          String companyNumber, String amount) {
        String bid = closeWithBid(opportunity, organisation, legalForm, charityNumber, companyNumber, amount);
        String awardId = Journey.award(opportunity, bid, amount);
        Journey.fundsReserved(UUID.randomUUID().toString(), awardId, Journey.FUND, amount);
        Journey.event(Topics.COMMISSIONING_AWARDS, ContractAwarded.class, awardId);
        return awardId;
    }

    private String closeWithBid(String opportunity, String organisation, String legalForm, String charityNumber,
                                String companyNumber, String amount) {
        clock.advance(Duration.ofDays(3));
        closer.closeDue();
        String bid = UUID.randomUUID().toString();
        Journey.openBid(opportunity, bid, organisation, legalForm, charityNumber, companyNumber, amount);
        Journey.score(opportunity, bid, 70, 70, "Good");
        return bid;
    }

    private static List<List<String>> csv(String text) {
        try (MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(List.class).readValues(text)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode grantOf(String awardId) {
        return StreamSupport.stream(grants().path("grants").spliterator(), false)
                .filter(g -> g.path("id").asText().equals("360G-jcp-" + awardId)).findFirst().orElseThrow();
    }

    /** The grants file, checked against the 360Giving package and grant schemas. */
    private static JsonNode grants() {
        String body = given().get("/api/open-data/360giving").then().statusCode(200).extract().asString();
        GrantsSchema.assertValidPackage(body);
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
