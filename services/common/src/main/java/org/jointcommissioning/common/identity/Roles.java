package org.jointcommissioning.common.identity;

/** The realm roles of the platform, as Keycloak issues them. */
public final class Roles {

    public static final String COMMISSIONER = "commissioner";
    public static final String BIDDER = "bidder";
    public static final String FINANCE_MANAGER = "finance-manager";
    public static final String PERFORMANCE_OFFICER = "performance-officer";
    public static final String PARTNERSHIP_ADMIN = "partnership-admin";
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
