package org.jointcommissioning.bidding;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.jointcommissioning.bidding.support.Organisations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@TestSecurity(user = "val", roles = "bidder")
@OidcSecurity(claims = @Claim(key = "org_id", value = "validation-org"))
class OrganisationValidationResourceTest {

    @ParameterizedTest
    @CsvSource({
            "charityNumber, 12345",
            "charityNumber, 12345678",
            "charityNumber, 1234567-1",
            "charityNumber, 123456A",
            "companyNumber, 1234567",
            "companyNumber, 123456789",
            "companyNumber, ab123456",
            "contactEmail, not-an-email",
            "contactEmail, ''",
            "name, ''",
            "legalForm, trust",
            "size, huge",
    })
    void aWrongFormatIsA400NamingTheField(String field, String value) {
        Map<String, Object> profile = Organisations.profile("Validation Org", "charity", "small");
        profile.put(field, value);
        given().contentType("application/json").body(profile).post("/api/organisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void aLongUnknownValueIsRepeatedNoLongerThanTheProblemAllows() {
        Map<String, Object> profile = Organisations.profile("Validation Org", "charity", "small");
        profile.put("legalForm", "x".repeat(5000));
        given().contentType("application/json").body(profile).post("/api/organisations")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("legalForm")))
                .body("detail", startsWith("legalForm: cannot read 'xxxx"))
                .body("detail.length()", lessThanOrEqualTo(2000))
                .body("errors[0].message.length()", lessThanOrEqualTo(1000));
    }

    @Test
    void overLongIdsAreA400NamingTheIdAndTheProblemRepeatsAtMostTheStartOfThePath() {
        given().get("/api/organisations/" + "x".repeat(101)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("id")));
        given().get("/api/organisations/" + "x".repeat(3000)).then().statusCode(400)
                .body("errors.field", equalTo(List.of("id")))
                .body("instance.length()", lessThanOrEqualTo(2000));
    }

    @ParameterizedTest
    @CsvSource({"charityNumber, 123456", "charityNumber, 1234567-01", "companyNumber, 01234567", "companyNumber, SC123456"})
    void registrationNumbersOfEnglandAndWalesAreAccepted(String field, String value) {
        Map<String, Object> profile = Organisations.profile("Validation Org", "charity", "small");
        profile.put(field, value);
        // 409 once an earlier case registered the organisation: validation runs first, so either means "valid".
        given().contentType("application/json").body(profile).post("/api/organisations")
                .then().statusCode(anyOf(equalTo(201), equalTo(409)));
    }
}
