package org.jointcommissioning.gateway;

import io.smallrye.jwt.build.Jwt;
import org.eclipse.microprofile.config.ConfigProvider;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

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

    private static String sign(String subject, String issuer, String audience, Instant expires, PrivateKey key) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .audience(audience)
                .issuedAt(expires.minusSeconds(900))
                .expiresAt(expires)
                .claim("realm_access", Map.of("roles", List.of("commissioner")))
                .claim("org_id", "county-council")
                .jws().keyId(FakeKeycloak.KEY_ID)
                .sign(key);
    }

    private static String issuer() {
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
