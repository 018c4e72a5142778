package org.jointcommissioning.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The test profile writes the log to target/gateway-test.log; these read it back. */
@QuarkusTest
@QuarkusTestResource(GatewayTestResources.class)
class AccessLogResourceTest {

    private static final Path LOG = Path.of("target/gateway-test.log");

    @Test
    void writesOneLineWithMethodPathStatusRequestIdTraceSubjectAndOrganisation() {
        given().auth().oauth2(Tokens.valid("log-subject")).header("X-Request-Id", "log-line-1")
                .get("/api/scorecard?secret=query").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> log().contains("requestId=log-line-1"));
        String line = log().lines().filter(each -> each.contains("requestId=log-line-1")).findFirst().orElseThrow();
        assertTrue(line.matches(".*GET /api/scorecard 200 \\d+ms requestId=log-line-1 trace=[0-9a-f]{32} subject=log-subject"
                + " org=county-council"), line);
        assertFalse(line.contains("secret=query"), line);
        assertTrue(log().lines().filter(each -> each.contains("requestId=log-line-1")).count() == 1);
    }

    @Test
    void neverWritesATokenGoodOrBad() {
        String good = Tokens.valid("log-subject");
        String expired = Tokens.expired("log-subject");
        given().auth().oauth2(good).header("X-Request-Id", "log-token-1").get("/api/risks").then().statusCode(200);
        given().auth().oauth2(expired).header("X-Request-Id", "log-token-2").get("/api/risks").then().statusCode(401);

        await().atMost(Duration.ofSeconds(10)).until(() -> log().contains("requestId=log-token-2"));
        String log = log();
        assertFalse(log.contains(good));
        assertFalse(log.contains(expired));
        // Not even the signature part of a token, which is what makes it usable.
        assertFalse(log.contains(good.substring(good.lastIndexOf('.') + 1)));
    }

    private static String log() {
        try {
            return Files.readString(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
