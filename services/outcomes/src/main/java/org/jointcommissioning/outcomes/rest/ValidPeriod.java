package org.jointcommissioning.outcomes.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jointcommissioning.outcomes.domain.Period;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A financial year such as {@code 2026-27} or a quarter such as {@code 2026-27-Q3}; null is left to @NotNull. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPeriod.Validator.class)
public @interface ValidPeriod {

    String message() default Period.RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidPeriod, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Period.parse(value).isPresent();
        }
    }
}
