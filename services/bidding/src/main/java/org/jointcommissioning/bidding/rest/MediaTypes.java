package org.jointcommissioning.bidding.rest;

/** The media types of answers, for the API documentation. */
final class MediaTypes {

    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";

    private MediaTypes() {
    }
}
