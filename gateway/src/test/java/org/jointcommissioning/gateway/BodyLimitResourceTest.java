package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class BodyLimitResourceTest {

    private static final int ONE_MIB = 1024 * 1024;

    @TestHTTPResource("/api/funds/f-1/contributions")
    URI contributions;

    @Test
    void passesABodyOfExactlyOneMebibyte() {
        given().auth().oauth2(Tokens.valid("alice")).contentType("application/octet-stream")
                .body(new byte[ONE_MIB]).post("/api/funds/f-1/contributions")
                .then().statusCode(200).body("bodyLength", equalTo(ONE_MIB));
    }

    @Test
    void refusesALargerDeclaredBodyWith413() {
        given().auth().oauth2(Tokens.valid("alice")).contentType("application/octet-stream")
                .body(new byte[ONE_MIB + 1]).post("/api/funds/f-1/contributions")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://jointcommissioning.org/problems/payload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void takesADocumentUploadOverTheGeneralLimitOnItsOwnPathOnly() {
        given().auth().oauth2(Tokens.valid("alice")).contentType("application/pdf")
                .body(new byte[2 * ONE_MIB]).post("/api/bids/b-1/documents")
                .then().statusCode(200).body("bodyLength", equalTo(2 * ONE_MIB));
        given().auth().oauth2(Tokens.valid("alice")).contentType("application/octet-stream")
                .body(new byte[2 * ONE_MIB]).post("/api/bids/b-1/withdraw")
                .then().statusCode(413);
    }

    @Test
    void refusesADocumentOverTheDocumentLimitWith413() {
        given().auth().oauth2(Tokens.valid("alice")).contentType("application/pdf")
                .body(new byte[10 * ONE_MIB + 1]).put("/api/bids/b-1/documents/d-1")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void refusesAHugeDeclaredBodyBeforeReadingIt() throws Exception {
        // Only the head is sent: the gateway must answer from the declared length alone.
        try (Socket socket = new Socket(contributions.getHost(), contributions.getPort())) {
            socket.setSoTimeout(30_000); // a connection left open fails the test instead of hanging it
            String head = "POST " + contributions.getPath() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Tokens.valid("alice") + "\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: 20000000\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("\"status\":413"), answer);
        }
    }

    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void refusesALargerBodySentWithoutALengthWith413(HttpClient.Version version) throws Exception {
        // A body sent without a length is counted as it streams.
        HttpResponse<String> response = UnsizedPost.send(contributions, version, "application/octet-stream",
                new byte[2 * ONE_MIB]);
        assertEquals(413, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(413, new JsonObject(response.body()).getInteger("status"));
    }
}
