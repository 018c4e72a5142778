package org.jointcommissioning.commissioning.rest;

/** The lengths of the columns the API's strings are kept in (db/migration), so that no value outgrows its column. */
final class Limits {

    /** Ids this service makes (frameworks, opportunities, questions, awards): UUIDs. */
    static final int ID = 36;
    /** Ids other services make or people pick: partners, funds, bids, lots. */
    static final int FOREIGN_ID = 100;
    static final int INDICATOR_CODE = 50;
    static final int CRITERION_ID = 50;
    static final int REASON = 1000;
    static final int TEXT = 4000;
    static final int HEADER = 200;
    /** A decimal score 0-100 with two decimals, as evaluation keeps it. */
    static final String SCORE = "a JSON number from 0 to 100 with at most 2 decimals";
    static final String ETAG_DESCRIPTION = "The version, for If-Match";

    private Limits() {
    }
}
