package org.jointcommissioning.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The realm's public face as Quarkus OIDC sees it: a real HTTP server with the discovery document and the
 * JWKS of a fresh RSA key. Tests sign their tokens with the private half (see {@link Tokens}).
 * Like Keycloak it offers token introspection, and refuses it to a client without credentials (as the gateway
 * is); it counts introspection and key requests, which tests read at {@code /__calls}.
 */
final class FakeKeycloak {

    static final String KEY_ID = "test-key";

    final KeyPair keys;
    private final HttpServer server;
    private final AtomicInteger introspections = new AtomicInteger();
    private final AtomicInteger keyRequests = new AtomicInteger();

    FakeKeycloak(Vertx vertx) {
        keys = rsaKeys();
        server = vertx.createHttpServer().requestHandler(request -> {
            String realm = issuer(request.localAddress().port());
            if (request.path().endsWith("/.well-known/openid-configuration")) {
                request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                        .put("issuer", realm)
                        .put("jwks_uri", realm + "/protocol/openid-connect/certs")
                        .put("token_endpoint", realm + "/protocol/openid-connect/token")
                        .put("authorization_endpoint", realm + "/protocol/openid-connect/auth")
                        .put("introspection_endpoint", realm + "/protocol/openid-connect/token/introspect")
                        .encode());
            } else if (request.path().endsWith("/protocol/openid-connect/certs")) {
                keyRequests.incrementAndGet();
                request.response().putHeader("Content-Type", "application/json").end(jwks().encode());
            } else if (request.path().endsWith("/protocol/openid-connect/token/introspect")) {
                introspections.incrementAndGet();
                request.response().setStatusCode(401).putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("error", "invalid_client")
                                .put("error_description", "Invalid client or Invalid client credentials").encode());
            } else if (request.path().equals("/__calls")) {
                request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                        .put("introspection", introspections.get()).put("jwks", keyRequests.get()).encode());
            } else {
                request.response().setStatusCode(404).end();
            }
        });
        server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
    }

    String issuer() {
        return issuer(server.actualPort());
    }

    private static String issuer(int port) {
        return "http://127.0.0.1:" + port + "/realms/commissioning";
    }

    private JsonObject jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return new JsonObject().put("keys", new JsonArray().add(new JsonObject()
                .put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", KEY_ID)
                .put("n", base64Url(key.getModulus())).put("e", base64Url(key.getPublicExponent()))));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
