package org.jointcommissioning.gateway;

import io.smallrye.jwt.build.Jwt;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Real RS256 tokens, signed with the key whose public half {@link FakeKeycloak} publishes. */
final class Tokens {

    static final String AUDIENCE = "platform-api";

    private Tokens() {
    }

    static String valid(String subject) {
        return sign(subject, issuer(), AUDIENCE, Instant.now().plusSeconds(300), realmKey());
    }

    static String expired(String subject) {
        return sign(subject, issuer(), AUDIENCE, Instant.now().minusSeconds(600), realmKey());
    }

    static String fromIssuer(String subject, String issuer) {
        return sign(subject, issuer, AUDIENCE, Instant.now().plusSeconds(300), realmKey());
    }

    static String forAudience(String subject, String audience) {
        return sign(subject, issuer(), audience, Instant.now().plusSeconds(300), realmKey());
    }

    static String signedByAnotherKey(String subject) {
        return sign(subject, issuer(), AUDIENCE, Instant.now().plusSeconds(300), FakeKeycloak.rsaKeys().getPrivate());
    }

    /** Not a JWT at all: only introspection could make sense of it. */
    static String opaque() {
        return "abc";
    }

    /** The realm's claims with "alg": "none" and no signature. */
    static String unsigned(String subject) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + valid(subject).split("\\.")[1] + ".";
    }

    /** A genuine token with its signature cut off. */
    static String withoutSignature(String subject) {
        String token = valid(subject);
        return token.substring(0, token.lastIndexOf('.') + 1);
    }

    /** Signed by a key the realm does not publish, under a key id it has never used. */
    static String withUnknownKeyId(String subject) {
        return sign(subject, issuer(), AUDIENCE, Instant.now().plusSeconds(300), FakeKeycloak.rsaKeys().getPrivate(),
                "retired-" + UUID.randomUUID());
    }

    /** Issued and signed by another realm of the same Keycloak. */
    static String fromAnotherRealm(String subject) {
        return sign(subject, issuer().replace("/realms/commissioning", "/realms/elsewhere"), AUDIENCE,
                Instant.now().plusSeconds(300), FakeKeycloak.rsaKeys().getPrivate(), "elsewhere-key");
    }

    private static String sign(String subject, String issuer, String audience, Instant expires, PrivateKey key) {
        return sign(subject, issuer, audience, expires, key, FakeKeycloak.KEY_ID);
    }

    private static String sign(String subject, String issuer, String audience, Instant expires, PrivateKey key,
                               String keyId) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .audience(audience)
                .issuedAt(expires.minusSeconds(900))
                .expiresAt(expires)
                .claim("realm_access", Map.of("roles", List.of("commissioner")))
                .claim("org_id", "county-council")
                .jws().keyId(keyId)
                .sign(key);
    }

    static String issuer() {
        return ConfigProvider.getConfig().getValue("test.issuer", String.class);
    }

    private static PrivateKey realmKey() {
        String encoded = ConfigProvider.getConfig().getValue("test.signing-key", String.class);
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
