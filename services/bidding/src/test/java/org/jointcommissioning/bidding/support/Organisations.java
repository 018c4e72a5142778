package org.jointcommissioning.bidding.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/** Organisation profiles for tests. */
public final class Organisations {

    private Organisations() {
    }

    public static Map<String, Object> profile(String name, String legalForm, String size) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", name);
        profile.put("legalForm", legalForm);
        profile.put("charityNumber", "1123456");
        profile.put("size", size);
        profile.put("districtsServed", List.of("Northdale", "Southvale"));
        profile.put("contactEmail", "bids@" + name.toLowerCase().replace(' ', '-') + ".org.uk");
        return profile;
    }

    /** Registers {@code orgId} as a small charity, acting as its bidder (who stays the caller). */
    public static void registerCharity(String orgId) {
        register(orgId, profile("Org " + orgId, "charity", "small"));
    }

    /** Registers the organisation if it is not yet (a fixture shared by several test methods). */
    public static void register(String orgId, Map<String, Object> profile) {
        Actors.bidder(orgId);
        given().contentType("application/json").body(profile).post("/api/organisations")
                .then().statusCode(anyOf(equalTo(201), equalTo(409)));
    }
}
