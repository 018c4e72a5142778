package org.jointcommissioning.bidding.support;

import io.restassured.response.ValidatableResponse;
import org.jointcommissioning.contracts.events.OpportunityPublished;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Bid bodies and calls for tests; the price and texts are distinctive so a leak is easy to spot. */
public final class Bids {

    public static final String PRICE = "98765.43";
    public static final String QUALITY_TEXT = "Our trained volunteers visit every carer weekly";
    public static final String SOCIAL_VALUE_TEXT = "Twelve local apprenticeships for young carers";

    private Bids() {
    }

    public static Map<String, Object> body(OpportunityPublished opportunity, String lotId) {
        Map<String, Object> body = changes();
        body.put("opportunityId", opportunity.opportunityId());
        body.put("lotId", lotId);
        return body;
    }

    /** The editable part alone, as PUT takes it. */
    public static Map<String, Object> changes() {
        Map<String, Object> body = new HashMap<>();
        body.put("price", Map.of("amount", PRICE, "currency", "GBP"));
        body.put("answers", new ArrayList<>(List.of(
                Map.of("criterionId", Opportunities.QUALITY, "text", QUALITY_TEXT),
                Map.of("criterionId", Opportunities.SOCIAL_VALUE, "text", SOCIAL_VALUE_TEXT))));
        body.put("socialValue", List.of(Map.of("description", "Apprenticeships", "measure", "people", "quantity", 12)));
        body.put("indicatorContributions", List.of(Map.of("code", "NI179", "expectedImprovement", 1.5)));
        body.put("consortium", List.of());
        return body;
    }

    public static ValidatableResponse submit(Map<String, Object> body) {
        return given().contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/bids").then();
    }

    /** Submits a valid bid as the current caller and answers its id. */
    public static String submitted(OpportunityPublished opportunity, String lotId) {
        return submit(body(opportunity, lotId)).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse get(String bidId) {
        return given().get("/api/bids/" + bidId).then();
    }
}
