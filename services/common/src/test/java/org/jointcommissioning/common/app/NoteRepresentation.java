package org.jointcommissioning.common.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.common.changes.ChangeRepresentation;

/** A note in the change feed, as the API shows it. */
@ApplicationScoped
public class NoteRepresentation implements ChangeRepresentation<Note> {

    @Override
    public Class<Note> type() {
        return Note.class;
    }

    @Override
    public Object of(Note changed) {
        return NoteResponse.of(changed);
    }
}
