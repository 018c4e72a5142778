package org.jointcommissioning.commissioning.domain;

/** An award as the change feed shows it: with the opened bid it is for, which names the supplier. */
public record AwardChange(Award award, OpenedBid bid) {
}
