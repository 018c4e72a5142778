package org.jointcommissioning.common.csv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import org.jointcommissioning.common.web.MediaTypes;

/**
 * Whether this request's caller asked for CSV by name ({@code Accept: text/csv}, or {@code format=csv}, which stands
 * for it). Only then is an answer written as CSV: a caller that accepts anything gets JSON, also from an operation
 * whose answer could be a table (a POST answering a statement, say).
 */
@ApplicationScoped
public class CsvRequested {

    @Inject
    HttpHeaders headers;

    boolean byCaller() {
        try {
            return MediaTypes.acceptsCsv(headers.getHeaderString(HttpHeaders.ACCEPT));
        } catch (ContextNotActiveException | IllegalStateException e) {
            return false; // no request: nothing to write for
        }
    }
}
