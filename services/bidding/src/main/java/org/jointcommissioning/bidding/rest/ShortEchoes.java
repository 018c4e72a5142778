package org.jointcommissioning.bidding.rest;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * A value that is not one of an enumeration's (a legal form, a size, a consortium role) is repeated in the problem
 * only by its start, so that a long one cannot push the problem past the limits its contract gives it.
 */
@Singleton
public class ShortEchoes implements ObjectMapperCustomizer {

    static final int MAX_ECHO = 50;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addHandler(new DeserializationProblemHandler() {
            @Override
            public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
                                                 String failure) throws IOException {
                if (value.length() <= MAX_ECHO) {
                    return NOT_HANDLED;
                }
                throw context.weirdStringException(value.substring(0, MAX_ECHO) + "…", targetType, failure);
            }
        });
    }
}
