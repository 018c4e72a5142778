package org.jointcommissioning.outcomes.rest;

/** Wording and limits the API documentation repeats, kept once. */
final class ApiDocs {

    static final String IDEMPOTENCY_KEY = "Repeat a request safely: the same key and body answer with the first "
            + "response; the same key with another body is 409";
    static final String KEY_REUSED = "The Idempotency-Key was used with another body";

    static final String IF_MATCH = "The ETag you read: the change is refused with 412 if someone changed it since";
    static final String STALE = "Changed by someone else since the If-Match version was read";
    static final String ETAG = "The version, for If-Match";

    /** Indicator values are numeric(19,4): at most 15 whole digits and 4 decimals. */
    static final String VALUE = "A JSON number in the indicator's unit, with at most 15 whole digits and 4 decimals";
    static final String VALUE_MIN = "-999999999999999.9999";
    static final String VALUE_MAX = "999999999999999.9999";

    /** The longest header value read (Idempotency-Key, If-Match). */
    static final int HEADER_MAX = 200;
    /** Column lengths the API's strings are held to. */
    static final int CODE_MAX = 32;
    static final int PERIOD_MAX = 10;
    static final int ID_MAX = 36;
    static final int ORG_MAX = 100;
    static final int PERSON_MAX = 200;

    private ApiDocs() {
    }
}
