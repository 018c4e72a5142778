package org.jointcommissioning.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem details body. {@code requestId} ties it to the logs; {@code errorId} names an
 * unexpected failure in the log; {@code errors} lists invalid fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        String errorId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The limits the contract gives each field: a problem never grows past them, whatever the input it repeats. */
    public static final int MAX_DETAIL = 2000;
    public static final int MAX_INSTANCE = 2000;
    public static final int MAX_FIELD = 300;
    public static final int MAX_MESSAGE = 1000;
    public static final int MAX_ERRORS = 100;

    /** The text cut to at most {@code max} characters, marked with an ellipsis where cut. */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    public record FieldError(@Schema(maxLength = MAX_FIELD) String field, @Schema(maxLength = MAX_MESSAGE) String message) {
    }
}
