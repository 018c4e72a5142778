package org.jointcommissioning.outcomes.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How indicator values and money are rounded and shown. */
public final class Decimals {

    /** Indicator values are kept with four decimals (numeric(19,4)). */
    public static final int VALUE_SCALE = 4;
    /** ... and so with at most 15 whole digits. */
    public static final int WHOLE_DIGITS = 15;

    private Decimals() {
    }

    /** A value as stored: exactly, as its four decimals were already checked. */
    public static BigDecimal stored(BigDecimal value) {
        return value.setScale(VALUE_SCALE, RoundingMode.UNNECESSARY);
    }

    /** A value as shown: no trailing zeros and never in exponent form (150, not 150.0000 or 1.5E+2). */
    public static BigDecimal shown(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    /**
     * A value as sent, without trailing zeros or exponent (40.50 is 40.5, 1.0E-4 is 0.0001), so that a limit on its
     * digits counts only those that matter. A value with more whole digits than allowed is left as it is, to be
     * refused, rather than written out in full.
     */
    public static BigDecimal normalized(BigDecimal value) {
        if (value == null || value.precision() - value.scale() > WHOLE_DIGITS) {
            return value;
        }
        return shown(value);
    }

    /** Money: pence, rounding half up. */
    public static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
