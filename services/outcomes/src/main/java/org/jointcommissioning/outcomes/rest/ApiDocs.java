package org.jointcommissioning.outcomes.rest;

/** Wording the API documentation repeats, kept once. */
final class ApiDocs {

    static final String IDEMPOTENCY_KEY = "Repeat a request safely: the same key and body answer with the first "
            + "response; the same key with another body is 409";
    static final String KEY_REUSED = "The Idempotency-Key was used with another body";

    static final String IF_MATCH = "The ETag you read: the change is refused with 412 if someone changed it since";
    static final String STALE = "Changed by someone else since the If-Match version was read";

    private ApiDocs() {
    }
}
