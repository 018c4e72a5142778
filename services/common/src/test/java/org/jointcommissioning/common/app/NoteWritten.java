package org.jointcommissioning.common.app;

import org.jointcommissioning.contracts.events.Event;

/** The test application's event. */
@Event(type = "toolkit.NoteWritten.v1", topic = "test.notes")
public record NoteWritten(String noteId, String text) {
}
