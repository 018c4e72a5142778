package org.jointcommissioning.system;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.jointcommissioning.testing.contract.PlatformContractFilter;

import java.net.HttpURLConnection;
import java.net.URI;
import java.util.UUID;

/** Requests to the platform, only ever through the gateway. */
final class Gateway {

    static final String URL = System.getProperty("platform.gateway", Platform.url("gateway"));

    static {
        // A failed step shows the request and the problem the platform answered with.
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Every answer through the gateway is held to the contract of the service that owns its path. */
    private static final PlatformContractFilter CONTRACTS = new PlatformContractFilter();

    private Gateway() {
    }

    static boolean isUp() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(URL + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(5000);
            return connection.getResponseCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** An anonymous caller. */
    static RequestSpecification anonymous() {
        return RestAssured.given().baseUri(URL).contentType(ContentType.JSON).accept(ContentType.JSON).filter(CONTRACTS);
    }

    /** A demo user of the realm, with a real token from Keycloak. */
    static RequestSpecification as(String user) {
        return anonymous().auth().oauth2(Tokens.of(user));
    }

    /** A demo user sending a request that takes an idempotency key. */
    static RequestSpecification as(String user, String idempotencyKey) {
        return as(user).header("Idempotency-Key", idempotencyKey);
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
