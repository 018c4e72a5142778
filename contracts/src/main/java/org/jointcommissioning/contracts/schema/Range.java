package org.jointcommissioning.contracts.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An integer within these bounds, both included; without a maximum, any integer from the minimum up. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Range {
    long min();

    long max() default Long.MAX_VALUE;
}
