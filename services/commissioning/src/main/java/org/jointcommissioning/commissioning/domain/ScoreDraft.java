package org.jointcommissioning.commissioning.domain;

import java.util.Map;

/** A commissioner's scores of an opened bid, by criterion id, with a comment for the bidder. */
public record ScoreDraft(Map<String, Integer> scores, String comment) {
}
