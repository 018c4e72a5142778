package org.jointcommissioning.contracts.money;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jointcommissioning.contracts.schema.Matches;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in a currency. The amount travels as a decimal string ("500000.00") so that no
 * client or language ever turns it into a binary float.
 */
public record Money(@Matches("^-?[0-9]+(\\.[0-9]{1,2})?$") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                    @Matches("^[A-Z]{3}$") String currency) {

    public static final String GBP = "GBP";

    public static Money gbp(String amount) {
        return new Money(new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY), GBP);
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY), currency);
    }
}
