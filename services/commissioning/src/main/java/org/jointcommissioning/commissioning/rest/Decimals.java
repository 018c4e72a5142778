package org.jointcommissioning.commissioning.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimals that are not money (indicator improvements): JSON numbers in the API, with at most
 * {@value #WHOLE_DIGITS} whole digits and {@value #FRACTION_DIGITS} decimals, as bidding and outcomes keep them.
 */
final class Decimals {

    static final int WHOLE_DIGITS = 15;
    static final int FRACTION_DIGITS = 4;
    static final String MIN = "-999999999999999.9999";
    static final String MAX = "999999999999999.9999";
    static final String PRECISION = "a JSON number with at most 15 whole digits and 4 decimals";

    private Decimals() {
    }

    /** The value without an exponent (1.2E+3 becomes 1200), as the events' decimal strings must be written. */
    static BigDecimal plain(BigDecimal value) {
        return value == null || value.scale() >= 0 ? value : value.setScale(0, RoundingMode.UNNECESSARY);
    }
}
