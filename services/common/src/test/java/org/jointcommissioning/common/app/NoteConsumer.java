package org.jointcommissioning.common.app;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jointcommissioning.common.inbox.Inbox;
import org.jointcommissioning.common.inbox.IncomingEvent;

/** The test application's consumer: records each note it applies, once, and refuses a poisoned one. */
@ApplicationScoped
public class NoteConsumer {

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    @Incoming("notes")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!inbox.firstDelivery("note-recorder", event)) {
            return;
        }
        NoteWritten note = event.dataAs(NoteWritten.class);
        if (note.text().startsWith("poison")) {
            throw new IllegalArgumentException("A poisoned note cannot be applied");
        }
        em.createNativeQuery("insert into applied_note (note_id, text) values (:id, :text)")
                .setParameter("id", note.noteId()).setParameter("text", note.text()).executeUpdate();
    }
}
