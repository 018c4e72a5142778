package org.jointcommissioning.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.jointcommissioning.contracts.money.Money;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Money exactly as the API conventions write it: {@code {"amount": "500000.00", "currency": "GBP"}}, the amount a
 * decimal string of at most 13 whole digits and 2 decimals, with no exponent, plus sign, space or leading dot.
 * (Whether zero or a negative amount is allowed is the field's {@code @ValidMoney} rule.)
 */
final class StrictMoney extends StdDeserializer<Money> {

    static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,13}([.][0-9]{1,2})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    StrictMoney() {
        super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext context) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return (Money) context.handleUnexpectedToken(Money.class, p);
        }
        String amount = null;
        String currency = null;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            JsonToken value = p.nextToken();
            switch (name) {
                case "amount" -> amount = string(p, value, "amount");
                case "currency" -> currency = string(p, value, "currency");
                default -> throw UnrecognizedPropertyException.from(p, Money.class, name, List.of("amount", "currency"));
            }
        }
        if (amount == null || currency == null) {
            throw MismatchedInputException.from(p, Money.class, "money needs both amount and currency");
        }
        if (!AMOUNT.matcher(amount).matches()) {
            throw InvalidFormatException.from(p, "must be a decimal string such as 500000.00", amount, BigDecimal.class);
        }
        if (!CURRENCY.matcher(currency).matches()) {
            throw InvalidFormatException.from(p, "must be an ISO 4217 code such as GBP", currency, String.class);
        }
        return new Money(new BigDecimal(amount), currency);
    }

    private static String string(JsonParser p, JsonToken token, String field) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw MismatchedInputException.from(p, String.class, field + " must be a string");
        }
        return p.getText();
    }
}
