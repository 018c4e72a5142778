package org.jointcommissioning.common.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jointcommissioning.common.problem.ProblemException;

import java.security.Principal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: subject, name, realm roles and organisation ({@code org_id} claim), with the checks
 * that every operation makes. Someone else's row answers 404, so its existence is not revealed.
 * One key for a person, {@link #subject()}, is what rows record ({@code recordedBy}, {@code createdBy}); {@link #name()}
 * is for people to read. One key for an organisation, {@link #orgId()}, is what rows are owned by.
 * Services inject it where a use case needs to know who acts.
 */
@RequestScoped
public class Caller {

    public static final String ORG_CLAIM = "org_id";

    @Inject
    SecurityIdentity identity;

    public boolean isAuthenticated() {
        return identity != null && !identity.isAnonymous();
    }

    public String subject() {
        JsonWebToken token = token();
        if (token != null && token.getSubject() != null) {
            return token.getSubject();
        }
        return isAuthenticated() ? identity.getPrincipal().getName() : "anonymous";
    }

    public String name() {
        return isAuthenticated() ? nameOf(identity) : "anonymous";
    }

    /** The user name people recognise (preferred_username), else the principal's name. */
    public static String nameOf(SecurityIdentity identity) {
        Object username = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("preferred_username") : null;
        if (username != null) {
            return username instanceof JsonString text ? text.getString() : username.toString();
        }
        return identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return isAuthenticated() ? identity.getRoles() : Set.of();
    }

    public boolean hasRole(String role) {
        return isAuthenticated() && identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(this::hasRole);
    }

    /** The caller's organisation, if the token names one. */
    public Optional<String> orgId() {
        return isAuthenticated() ? orgIdOf(identity) : Optional.empty();
    }

    /** The organisation an identity's token (or test identity) names, if any. */
    public static Optional<String> orgIdOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(ORG_CLAIM);
            if (claim != null) {
                // A JSON string claim is read as its value, never as its quoted JSON text.
                return Optional.of(claim instanceof JsonString text ? text.getString() : claim.toString());
            }
        }
        return Optional.ofNullable(identity.getAttribute(ORG_CLAIM)).map(Object::toString);
    }

    /** The caller's organisation, or 403 when the token names none. */
    public String requireOrgId() {
        return orgId().orElseThrow(() -> ProblemException.forbidden("Your account is not linked to an organisation"));
    }

    /** Holds the role in that organisation: a performance officer of the owner partner, say. */
    public boolean hasRoleFor(String role, String orgId) {
        return hasRole(role) && belongsTo(orgId);
    }

    public boolean belongsTo(String orgId) {
        return orgId != null && orgId().map(orgId::equals).orElse(false);
    }

    /** 401 when anonymous, 403 when none of the roles is held. */
    public void requireAnyRole(String... roles) {
        if (!isAuthenticated()) {
            throw ProblemException.unauthenticated("A valid bearer token is required");
        }
        if (!hasAnyRole(roles)) {
            throw ProblemException.forbidden("This needs one of the roles: " + String.join(", ", roles));
        }
    }

    /** A row of another organisation is answered as absent (404), never as forbidden. */
    public void requireOwnRow(String rowOrgId, String what, String id) {
        if (!belongsTo(rowOrgId)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /** For operations on behalf of an organisation: 403 when the caller is not a member of it. */
    public void requireMemberOf(String orgId) {
        if (!belongsTo(Objects.requireNonNull(orgId))) {
            throw ProblemException.forbidden("You may act only for your own organisation");
        }
    }

    private JsonWebToken token() {
        if (!isAuthenticated()) {
            return null;
        }
        Principal principal = identity.getPrincipal();
        return principal instanceof JsonWebToken jwt ? jwt : null;
    }
}
