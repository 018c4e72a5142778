package org.jointcommissioning.outcomes.rest;

/** Wording the API documentation repeats, kept once. */
final class ApiDocs {

    static final String IDEMPOTENCY_KEY = "Repeat a request safely: the same key and body answer with the first "
            + "response; the same key with another body is 409";
    static final String KEY_REUSED = "The Idempotency-Key was used with another body";

    private ApiDocs() {
    }
}
