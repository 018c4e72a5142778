package org.jointcommissioning.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a POST at most once per {@code Idempotency-Key}: a retry with the same key and body answers with
 * the first response; the same key with another body is 409. The key is recorded in the same transaction
 * as the change, so a failed attempt leaves no trace and may be retried.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    private static final int MAX_SCOPE_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public Response once(String operation, String key, Object request, Supplier<Response> action) {
        if (request == null) {
            throw ProblemException.invalid("A JSON body is required");
        }
        if (key == null || key.isBlank()) {
            throw ProblemException.invalidField(HEADER, "the Idempotency-Key header is required for this request");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalidField(HEADER, "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        String scope = scope(operation + "|" + caller.subject());
        String hash = hash(request);
        int inserted = em.createNativeQuery("""
                        insert into idempotency_record (scope, idempotency_key, request_hash)
                        values (:scope, :key, :hash) on conflict do nothing""")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate();
        if (inserted == 1) {
            Response response = action.get();
            remember(scope, key, response);
            return response;
        }
        return replay(scope, key, hash);
    }

    private void remember(String scope, String key, Response response) {
        String location = response.getLocation() == null ? null : response.getLocation().toString();
        em.createNativeQuery("""
                        update idempotency_record set response_status = :status, response_body = :body, location = :location
                        where scope = :scope and idempotency_key = :key""")
                .setParameter("status", response.getStatus())
                .setParameter("body", write(response.getEntity()))
                .setParameter("location", location)
                .setParameter("scope", scope).setParameter("key", key)
                .executeUpdate();
    }

    private Response replay(String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select request_hash, response_status, response_body, location from idempotency_record
                        where scope = :scope and idempotency_key = :key""")
                .setParameter("scope", scope).setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.conflict(
                    "This Idempotency-Key was already used with a different request body; use a new key");
        }
        if (row[1] == null) {
            throw ProblemException.conflict("A request with this Idempotency-Key is still being processed");
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                .header(REPLAYED_HEADER, "true");
        if (row[2] != null) {
            replay.entity(row[2]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[3] != null) {
            replay.header(HttpHeaders.LOCATION, row[3]);
        }
        return replay.build();
    }

    private String hash(Object request) {
        return sha256(write(request));
    }

    /** The scope names the operation and the caller; one too long for its column is kept as its digest. */
    private static String scope(String scope) {
        return scope.length() <= MAX_SCOPE_LENGTH ? scope : "sha256:" + sha256(scope);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
