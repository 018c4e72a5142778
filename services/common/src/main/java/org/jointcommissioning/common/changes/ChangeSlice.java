package org.jointcommissioning.common.changes;

import java.util.List;

/**
 * The changes after a cursor, and the cursor to read on from: the last change's position, or the cursor that was
 * given when there was nothing after it, so that it is never null. {@code caughtUp} when there were fewer changes
 * than were asked for: the consumer has read everything that can be read now.
 */
public record ChangeSlice(List<Change> changes, ChangeCursor next, boolean caughtUp) {
}
