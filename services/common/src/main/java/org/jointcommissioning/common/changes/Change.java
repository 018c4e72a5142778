package org.jointcommissioning.common.changes;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One change as the log holds it: what changed (its kind and id), the scope that decides who may read it (a fund,
 * an owning organisation, an indicator), the kind of change, when, and the changed thing's representation then.
 */
public record Change(ChangeCursor position, String kind, String entityId, String scope, String type,
                     Instant changedAt, JsonNode resource) {
}
