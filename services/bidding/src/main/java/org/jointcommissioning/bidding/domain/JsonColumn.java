package org.jointcommissioning.bidding.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import org.jointcommissioning.common.json.EventJson;

/** Stores a value as a JSON text column, with the event mapper (exact decimals, ISO timestamps). */
public abstract class JsonColumn<T> implements AttributeConverter<T, String> {

    private final TypeReference<T> type;

    JsonColumn(TypeReference<T> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        try {
            return value == null ? null : EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a JSON column", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String column) {
        try {
            return column == null ? null : EventJson.mapper().readValue(column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a JSON column", e);
        }
    }
}
