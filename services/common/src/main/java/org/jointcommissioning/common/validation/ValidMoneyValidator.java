package org.jointcommissioning.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.util.Currency;

public class ValidMoneyValidator implements ConstraintValidator<ValidMoney, Money> {

    /** Large enough for any public budget, small enough for numeric(19,2). */
    private static final BigDecimal MAX = new BigDecimal("99999999999999999.99");

    private boolean allowZero;

    @Override
    public void initialize(ValidMoney annotation) {
        allowZero = annotation.allowZero();
    }

    @Override
    public boolean isValid(Money money, ConstraintValidatorContext context) {
        if (money == null) {
            return true; // @NotNull says whether it is required
        }
        String problem = problemWith(money);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
        return false;
    }

    private String problemWith(Money money) {
        if (money.amount() == null) {
            return "amount is required";
        }
        int sign = money.amount().signum();
        if (sign < 0 || (sign == 0 && !allowZero)) {
            return allowZero ? "amount must not be negative" : "amount must be more than zero";
        }
        if (money.amount().stripTrailingZeros().scale() > 2) {
            return "amount must have at most two decimal places";
        }
        if (money.amount().compareTo(MAX) > 0) {
            return "amount is too large";
        }
        if (money.currency() == null) {
            return "currency is required";
        }
        try {
            if (!money.currency().equals(Currency.getInstance(money.currency()).getCurrencyCode())) {
                return "currency must be an ISO 4217 code such as GBP";
            }
        } catch (IllegalArgumentException e) {
            return "currency must be an ISO 4217 code such as GBP";
        }
        return null;
    }
}
