package org.jointcommissioning.commissioning.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * An organisation identifier in the org-id.guide form: the register's prefix ({@code GB-CHC}) and the
 * organisation's id in it ({@code 1234567}), written together as {@code GB-CHC-1234567}.
 */
public record OrgId(String scheme, String id) {

    /** Charities registered in England and Wales. */
    public static final String CHARITY_COMMISSION = "GB-CHC";
    /** Charities registered in Scotland (numbers starting SC). */
    public static final String SCOTTISH_CHARITY = "GB-SC";
    /** Companies House. */
    public static final String COMPANIES_HOUSE = "GB-COH";

    @Override
    public String toString() {
        return scheme + "-" + id;
    }

    /** Splits {@code GB-LAE-KEN} into its prefix and id; empty for none or a value not in the form. */
    public static Optional<OrgId> parse(String identifier) {
        if (identifier == null) {
            return Optional.empty();
        }
        int second = identifier.indexOf('-', identifier.indexOf('-') + 1);
        if (second < 0 || second == identifier.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new OrgId(identifier.substring(0, second), identifier.substring(second + 1)));
    }

    /** A registered charity's identifier: Scottish numbers (SC…) in the Scottish register, others in England's. */
    public static Optional<OrgId> charity(String number) {
        return clean(number).map(n -> new OrgId(n.startsWith("SC") ? SCOTTISH_CHARITY : CHARITY_COMMISSION, n));
    }

    /** A company's identifier in the Companies House register. */
    public static Optional<OrgId> company(String number) {
        return clean(number).map(n -> new OrgId(COMPANIES_HOUSE, n));
    }

    /** A register number as registers print it: no spaces, upper case; empty when there is none. */
    private static Optional<String> clean(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(number.replace(" ", "").toUpperCase(Locale.ROOT));
    }
}
