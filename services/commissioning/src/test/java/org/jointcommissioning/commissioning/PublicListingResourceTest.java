package org.jointcommissioning.commissioning;

import io.quarkus.test.junit.QuarkusTest;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** Without a token: published, closed and awarded opportunities only, searchable, sorted by deadline. */
@QuarkusTest
class PublicListingResourceTest {

    String framework;
    String published;
    String closed;
    String draft;

    @BeforeEach
    void someOpportunities() {
        Instant now = Instant.now();
        framework = Fixtures.framework(List.of("health-and-wellbeing"), true);
        published = Fixtures.opportunity(framework, Fixtures.COUNTY, OpportunityStatus.PUBLISHED,
                "Carers breaks service", "120000.00", "NI135", now);
        closed = Fixtures.opportunity(framework, Fixtures.NHS, OpportunityStatus.CLOSED,
                "Youth mentoring", "30000.00", "NI110", now);
        draft = Fixtures.opportunity(framework, Fixtures.COUNTY, OpportunityStatus.DRAFT,
                "Secret carers plan", "50000.00", "NI135", now);
        Fixtures.opportunity(framework, Fixtures.COUNTY, OpportunityStatus.CANCELLED,
                "Cancelled carers work", "50000.00", "NI135", now);
    }

    @Test
    void anonymousCallersSeeOnlyPublicOpportunitiesSortedByDeadline() {
        given().queryParam("frameworkId", framework).get("/api/opportunities").then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.id", contains(closed, published));
        given().get("/api/opportunities/" + draft).then().statusCode(404);
        given().get("/api/opportunities/" + published).then().statusCode(200).body("status", equalTo("published"));
    }

    @Test
    void eachItemSummarisesItsOpportunityAndTheWholeIsReadByItsId() {
        given().queryParam("frameworkId", framework).queryParam("status", "published").get("/api/opportunities")
                .then().statusCode(200)
                .body("items[0].id", equalTo(published))
                .body("items[0].title", equalTo("Carers breaks service"))
                .body("items[0].excerpt", equalTo("Description of Carers breaks service"))
                .body("items[0].estimatedValue.amount", equalTo("120000.00"))
                .body("items[0].lotCount", equalTo(1))
                .body("items[0].reservedLotCount", equalTo(0))
                .body("items[0]", not(hasKey("lots")))
                .body("items[0]", not(hasKey("criteria")));
        given().get("/api/opportunities/" + published).then().statusCode(200)
                .body("lots.id", contains("lot-1")).body("description", equalTo("Description of Carers breaks service"));
    }

    @Test
    void searchFiltersByWordsStatusThemeIndicatorAndValue() {
        assertFound("q", "CARERS breaks", published);
        assertFound("status", "closed", closed);
        assertFound("indicator", "NI110", closed);
        assertFound("minValue", "100000", published);
        assertFound("maxValue", "30000.00", closed);
        given().queryParam("frameworkId", framework).queryParam("theme", "health-and-wellbeing")
                .get("/api/opportunities").then().body("items.id", containsInAnyOrder(published, closed));
        given().queryParam("frameworkId", framework).queryParam("theme", "transport")
                .get("/api/opportunities").then().body("total", equalTo(0));
    }

    @Test
    void keywordsMatchByStemAndReadLikeAWebSearch() {
        assertFound("q", "carer break", published);
        assertFound("q", "\"carers breaks\"", published);
        given().queryParam("frameworkId", framework).queryParam("q", "carers -breaks").get("/api/opportunities")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("frameworkId", framework).queryParam("q", "carers or mentoring").get("/api/opportunities")
                .then().statusCode(200).body("items.id", containsInAnyOrder(published, closed));
        // Nothing to look for in stop words alone: the other filters still apply.
        given().queryParam("frameworkId", framework).queryParam("q", "the of").get("/api/opportunities")
                .then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void pagesHoldAtMost100AndBadFiltersAreRefused() {
        given().queryParam("frameworkId", framework).queryParam("size", 1).queryParam("page", 1)
                .get("/api/opportunities").then().statusCode(200).body("total", equalTo(2))
                .body("items.id", contains(published));
        given().queryParam("size", 101).get("/api/opportunities").then().statusCode(400);
        given().queryParam("status", "open").get("/api/opportunities").then().statusCode(400);
        given().queryParam("minValue", "lots").get("/api/opportunities").then().statusCode(400);
    }

    @Test
    void theOpenDataFeedIsPublic() {
        given().get("/api/ocds/releases").then().statusCode(200).body("version", equalTo("1.1"));
    }

    private void assertFound(String filter, String value, String expected) {
        given().queryParam("frameworkId", framework).queryParam(filter, value).get("/api/opportunities")
                .then().statusCode(200).body("items.id", contains(expected));
    }
}
