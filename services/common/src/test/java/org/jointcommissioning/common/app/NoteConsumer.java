package org.jointcommissioning.common.app;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.common.inbox.EventHandlers;
import org.jointcommissioning.common.inbox.Inbox;

/** The test application's consumer: records each note it applies, once, and refuses a poisoned one. */
@ApplicationScoped
public class NoteConsumer {

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    private EventHandlers handlers;

    @PostConstruct
    void handlers() {
        handlers = EventHandlers.forConsumer("note-recorder").on(NoteWritten.class, this::record);
    }

    @Incoming("notes")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        handlers.apply(record, inbox);
    }

    private void record(NoteWritten note) {
        if (note.text().startsWith("poison")) {
            throw new IllegalArgumentException("A poisoned note cannot be applied");
        }
        em.createNativeQuery("insert into applied_note (note_id, text) values (:id, :text)")
                .setParameter("id", note.noteId()).setParameter("text", note.text()).executeUpdate();
    }
}
