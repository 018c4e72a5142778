package org.jointcommissioning.common.changes;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jointcommissioning.common.app.Note;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The toolkit's change log against real PostgreSQL: written with the change, read on from a cursor, under load. */
@QuarkusTest
class ChangeLogResourceTest {

    private static final int WRITERS = 8;
    private static final int CHANGES_EACH = 40;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Inject
    ChangeLog log;

    @Inject
    EntityManager em;

    @Test
    void aChangeIsReadWithItsRepresentationOnlyInItsScopeAndOnlyOnceItsTransactionCommitted() {
        String scope = UUID.randomUUID().toString();
        String id = write(scope, "first", false);
        try {
            write(scope, "rolled back", true);
        } catch (IllegalStateException expected) {
            // the change and its log row went together
        }

        // A change shows once every older transaction on the server has ended: others' may still be running.
        await().atMost(PATIENCE).until(() -> !read(ChangeCursor.START, List.of(scope), 10).changes().isEmpty());
        ChangeSlice slice = read(ChangeCursor.START, List.of(scope), 10);
        assertEquals(1, slice.changes().size());
        Change change = slice.changes().get(0);
        assertEquals("note", change.kind());
        assertEquals(id, change.entityId());
        assertEquals("written", change.type());
        assertEquals("first", change.resource().get("text").asText());
        assertTrue(slice.caughtUp());
        assertEquals(change.position(), slice.next());

        assertTrue(read(ChangeCursor.START, List.of(UUID.randomUUID().toString()), 10).changes().isEmpty());
        assertTrue(read(ChangeCursor.START, List.of(), 10).changes().isEmpty());
        ChangeSlice after = read(slice.next(), List.of(scope), 10);
        assertTrue(after.changes().isEmpty());
        assertEquals(slice.next(), after.next(), "nothing more: the same place to poll from");
    }

    @Test
    void aCursorNamesItsPlaceAndAForgedOneIsRefused() {
        ChangeCursor place = new ChangeCursor(Long.MAX_VALUE, 42);
        assertEquals(place, ChangeCursor.of(place.encoded(), "cursor"));
        assertEquals(ChangeCursor.START, ChangeCursor.of(null, "cursor"));
        for (String forged : new String[] {"!!", "YzoxMg", "cDox", "YzoxLjIuMw", "YzotMS4y"}) {
            try {
                ChangeCursor.of(forged, "cursor");
                throw new AssertionError("accepted " + forged);
            } catch (org.jointcommissioning.common.problem.ProblemException refused) {
                assertEquals("cursor", refused.errors().get(0).field());
            }
        }
    }

    @Test
    void parallelWritersAreReadExactlyOnceInOrderWithoutGaps() throws Exception {
        String scope = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<String>>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> {
                List<String> written = new ArrayList<>();
                for (int i = 0; i < CHANGES_EACH; i++) {
                    boolean fail = ThreadLocalRandom.current().nextInt(10) == 0;
                    try {
                        written.add(write(scope, "parallel", fail));
                    } catch (IllegalStateException rolledBack) {
                        // not a change: it must never be read
                    }
                }
                return written;
            }));
        }
        pool.shutdown();

        List<Change> seen = new ArrayList<>();
        ChangeCursor cursor = ChangeCursor.START;
        while (!pool.isTerminated()) {
            ChangeSlice slice = read(cursor, List.of(scope), 7);
            seen.addAll(slice.changes());
            cursor = slice.next();
        }
        Set<String> written = new HashSet<>();
        for (Future<List<String>> writer : writers) {
            written.addAll(writer.get());
        }
        // Every writer has committed; the feed shows the last of them once older transactions on the server end.
        Instant deadline = Instant.now().plus(PATIENCE);
        while (seen.size() < written.size() && Instant.now().isBefore(deadline)) {
            ChangeSlice slice = read(cursor, List.of(scope), 7);
            seen.addAll(slice.changes());
            cursor = slice.next();
        }
        seen.addAll(read(cursor, List.of(scope), 7).changes());

        List<String> seenIds = seen.stream().map(Change::entityId).toList();
        assertEquals(seenIds.size(), new HashSet<>(seenIds).size(), "no change read twice");
        assertEquals(written, new HashSet<>(seenIds), "every committed change read, no rolled-back one");
        for (int i = 1; i < seen.size(); i++) {
            ChangeCursor before = seen.get(i - 1).position();
            ChangeCursor now = seen.get(i).position();
            assertTrue(before.txid() < now.txid() || (before.txid() == now.txid() && before.seq() < now.seq()),
                    "in (txid, seq) order");
        }
    }

    /** A note and its change in one transaction that commits after a pause, so that commits overtake each other. */
    private String write(String scope, String text, boolean fail) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Note note = new Note();
            note.id = UUID.randomUUID().toString();
            note.text = text;
            em.persist(note);
            log.record("note", note.id, scope, "written", note);
            Thread.sleep(ThreadLocalRandom.current().nextInt(5));
            if (fail) {
                throw new IllegalStateException("rolled back");
            }
            return note.id;
        });
    }

    private ChangeSlice read(ChangeCursor after, List<String> scopes, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> log.after(after, scopes, limit));
    }
}
