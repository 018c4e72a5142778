/**
 * What an event's JSON Schema says beyond the record's Java types, written on the record itself: the schemas in
 * {@code contracts/events/} are generated from the records with these annotations, never written by hand.
 * Every field is required and, unless marked {@link Nullable}, never null; a string is never empty unless it is
 * {@link FreeText}; a {@code BigDecimal} sent as a string is a plain decimal.
 */
package org.jointcommissioning.contracts.schema;
