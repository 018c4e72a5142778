package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class RoutingResourceTest {

    @TestHTTPResource("/api/bids")
    URI bids;

    @ParameterizedTest
    @CsvSource({
            "/api/frameworks, commissioning", "/api/opportunities/op-1/lots, commissioning",
            "/api/awards/aw-1, commissioning", "/api/ocds/releases, commissioning",
            "/api/organisations, bidding", "/api/bids/b-1, bidding",
            "/api/partners, budgets", "/api/funds/f-1/contributions, budgets",
            "/api/indicators/NI179, outcomes", "/api/challenges, outcomes", "/api/risks, outcomes",
            "/api/scorecard, outcomes"})
    void sendsEachPathToTheServiceThatOwnsIt(String path, String service) {
        given().auth().oauth2(Tokens.valid("alice"))
                .get(path)
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("uri", equalTo(path));
    }

    @Test
    void passesMethodQueryBodyAndHeadersUnchanged() {
        String token = Tokens.valid("alice");
        given().auth().oauth2(token)
                .header("Idempotency-Key", "key-1")
                .header("If-Match", "\"v3\"")
                .contentType("application/json")
                .accept("application/json")
                .body("{\"amount\":\"500000.00\"}")
                .post("/api/funds/f-1/contributions?sort=date&page=2")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/funds/f-1/contributions?sort=date&page=2"))
                .body("body", equalTo("{\"amount\":\"500000.00\"}"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.idempotency-key", equalTo("key-1"))
                .body("headers.if-match", equalTo("\"v3\""))
                .body("headers.content-type", equalTo("application/json"))
                .body("headers.accept", equalTo("application/json"))
                // The service builds its links (Location, OCDS URIs) from the public address, not its own.
                .body("headers.host", equalTo(bids.getHost() + ":" + bids.getPort()));
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void streamsABodySentWithoutALength(HttpClient.Version version) throws Exception {
        HttpResponse<String> response = UnsizedPost.send(bids, version, "application/json",
                "{\"price\":\"120.00\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        assertEquals("{\"price\":\"120.00\"}", new JsonObject(response.body()).getString("body"));
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void forwardsAnEmptyCommandWithoutABody(HttpClient.Version version) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(version).build();
        String token = Tokens.valid("alice");
        // The first request over plain HTTP asks to upgrade; the command then travels on HTTP/2 where asked for.
        client.send(HttpRequest.newBuilder(bids).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpRequest publish = HttpRequest.newBuilder(bids.resolve("/api/opportunities/op-1/publish"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = client.send(publish, HttpResponse.BodyHandlers.ofString());
        assertEquals(version, response.version());
        assertEquals(200, response.statusCode());
        JsonObject received = new JsonObject(response.body());
        assertEquals("POST", received.getString("method"));
        assertNull(received.getJsonObject("headers").getString("transfer-encoding"));
        assertEquals("", received.getString("body", ""));
    }

    @Test
    void keepsHopByHopHeadersOnTheirOwnSide() {
        given().auth().oauth2(Tokens.valid("alice"))
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("TE", "trailers")
                .get("/api/partners")
                .then().statusCode(200)
                .header("X-Served-By", equalTo("budgets"))
                .header("Keep-Alive", nullValue())
                .body("headers.proxy-authorization", nullValue())
                .body("headers.te", nullValue());
    }

    @Test
    void answersAnUnknownApiPathWithANotFoundProblem() {
        given().auth().oauth2(Tokens.valid("alice"))
                .get("/api/unknown-things")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/unknown-things"));
    }
}
