package org.jointcommissioning.contracts.events;

/**
 * An organisation identifier in the org-id.guide form: a list's prefix (country code, then the register) and the
 * organisation's id in that list, such as {@code GB-CHC-1234567}, {@code GB-COH-01234567} or {@code GB-LAE-KEN}.
 */
public final class OrgIdentifier {

    /** Prefix and id, hyphen-separated; the id may hold letters, digits and {@code . _ / -}. */
    public static final String PATTERN = "^[A-Z]{2}-[A-Z0-9]{2,10}-[A-Za-z0-9._/-]{1,80}$";

    private OrgIdentifier() {
    }
}
