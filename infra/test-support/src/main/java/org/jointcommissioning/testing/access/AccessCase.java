package org.jointcommissioning.testing.access;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One case of an operation's rule: on which fixture, who is allowed, and what everyone else gets.
 *
 * @param on       the fixture whose ids fill the path, or null
 * @param query    query parameters; a value may name a fixture's id as {fixture.param}
 * @param allow    the personas that may call
 * @param deny     the status of every other signed-in persona
 * @param except   personas with another status than {@code deny}
 * @param also     statuses that count as allowed besides 2xx (a state an earlier allowed call changed)
 * @param personas every persona, in declaration order
 */
public record AccessCase(String on, Map<String, String> query, Set<String> allow, int deny, Map<String, Integer> except,
                         List<Integer> also, List<String> personas) {

    /** What the persona should get: {@link Expected#allowed()} or a status. */
    public Expected expected(String persona) {
        if (allow.contains(persona)) {
            return Expected.ALLOWED;
        }
        if (except.containsKey(persona)) {
            return new Expected(except.get(persona));
        }
        return new Expected(AccessRules.ANONYMOUS.equals(persona) ? 401 : deny);
    }

    /** Whether an answer with this status meets the expectation. */
    public boolean meets(Expected expected, int status) {
        if (expected.allowed()) {
            return (status >= 200 && status < 300) || also.contains(status);
        }
        return status == expected.status();
    }

    /** An expectation: allowed (status 0), or a refusal with its status. */
    public record Expected(int status) {

        public static final Expected ALLOWED = new Expected(0);

        public boolean allowed() {
            return status == 0;
        }

        @Override
        public String toString() {
            return allowed() ? "allowed" : String.valueOf(status);
        }
    }
}
