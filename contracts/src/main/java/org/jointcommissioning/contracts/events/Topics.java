package org.jointcommissioning.contracts.events;

/** The Kafka topics of the platform: one per producing service and aggregate, keyed by the aggregate id. */
public final class Topics {

    /** Opportunity life cycle, keyed by opportunity id. */
    public static final String COMMISSIONING_OPPORTUNITIES = "commissioning.opportunities";
    /** The award saga and its announcements, keyed by award id. */
    public static final String COMMISSIONING_AWARDS = "commissioning.awards";
    /** Bids, keyed by bid id. */
    public static final String BIDDING_BIDS = "bidding.bids";
    /** Money movements of pooled funds, keyed by fund id. */
    public static final String BUDGETS_FUNDS = "budgets.funds";
    /** Indicator status, keyed by indicator code. */
    public static final String OUTCOMES_INDICATORS = "outcomes.indicators";

    private Topics() {
    }
}
