package org.jointcommissioning.common.changes;

/**
 * How a service shows a changed thing in its change feed: the same record its API answers with. A bean of the
 * service's REST layer, so that the use case that records a change hands over its domain object and never
 * depends on the web's records.
 *
 * @param <T> the domain type it shows
 */
public interface ChangeRepresentation<T> {

    Class<T> type();

    /** The representation, written as JSON by the service's own object mapper. */
    Object of(T changed);
}
