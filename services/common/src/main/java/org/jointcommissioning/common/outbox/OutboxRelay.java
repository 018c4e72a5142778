package org.jointcommissioning.common.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jointcommissioning.common.metrics.AfterCommit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends pending outbox rows to Kafka in the order they were written and marks them sent. Only one
 * replica relays at a time (a transaction-scoped advisory lock), so a key's events never overtake each
 * other; rows are locked with SKIP LOCKED, so a replica never waits on another. A failed send leaves the
 * row and every later one pending for the next run, and drops the later ones' sends still in the client: nothing is
 * lost or reordered while Kafka is away.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant: each service has its own database. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;

    @Inject
    EntityManager em;

    @Inject
    OutboxProducer producer;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    @Inject
    AfterCommit afterCommit;

    @ConfigProperty(name = "platform.outbox.batch-size", defaultValue = "200")
    int batchSize;

    private Counter sentTotal;
    private Counter failedTotal;

    @PostConstruct
    void registerMeters() {
        sentTotal = Counter.builder("platform.outbox.sent")
                .description("Events the relay sent to Kafka and marked sent (counted when the mark commits)")
                .register(registry);
        failedTotal = Counter.builder("platform.outbox.send.failures")
                .description("Attempts to send an event that failed; the event stays pending and is retried")
                .register(registry);
    }

    /** Made at start, so that its counters are scraped at zero before the first run. */
    void start(@Observes StartupEvent event) {
        LOG.debug("Outbox relay ready");
    }

    /** A thread of the relay's own: no request or transaction context leaks in from the committing thread. */
    private final ExecutorService afterCommitRunner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /** Sends right after a commit that wrote events, rather than waiting for the next scheduled run. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        afterCommitRunner.execute(this::relayPending);
    }

    private volatile boolean stopping;

    /** No new runs once the application stops: its database connections are going away. */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        afterCommitRunner.shutdownNow();
    }

    @PreDestroy
    void stop() {
        afterCommitRunner.shutdownNow();
    }

    /** The safety net: picks up whatever a crash or an outage left pending. */
    @Scheduled(every = "${platform.outbox.relay-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        if (stopping) {
            return;
        }
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return; // the run in progress will go round again
        }
        try {
            while (again.getAndSet(false)) {
                int sent;
                do {
                    sent = relayBatch();
                } while (sent == batchSize);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay will retry: %s", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    /** Relays one batch; answers how many rows were sent. */
    @Transactional
    public int relayBatch() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<OutboxMessage> pending = em.createNativeQuery(
                        "select * from outbox where sent_at is null order by position limit :n for update skip locked",
                        OutboxMessage.class)
                .setParameter("n", batchSize)
                .getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        RuntimeException sendFailure = null;
        for (OutboxMessage message : pending) {
            try {
                sends.add(producer.send(message));
            } catch (RuntimeException e) {
                sendFailure = e;
                break;
            }
        }
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < sends.size(); i++) {
            OutboxMessage message = pending.get(i);
            try {
                sends.get(i).get(producer.sendTimeoutMs() + 1000L, TimeUnit.MILLISECONDS);
                sent.add(message.id);
            } catch (Exception e) {
                recordFailure(message, e);
                // Later rows stay pending so that they are sent after this one, never before it; their sends
                // still in the client are dropped, so that none of them reaches Kafka first.
                producer.abandonPendingSends();
                return marked(sent);
            }
        }
        if (sendFailure != null) {
            recordFailure(pending.get(sends.size()), sendFailure);
            producer.abandonPendingSends();
        }
        return marked(sent);
    }

    /** Marks the sent rows in one statement (not an update per row), counted once the marks commit. */
    private int marked(List<String> sent) {
        if (sent.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("update outbox set sent_at = :now where id in (:ids)")
                .setParameter("now", clock.instant()).setParameter("ids", sent).executeUpdate();
        afterCommit.run(() -> sentTotal.increment(sent.size()));
        return sent.size();
    }

    private void recordFailure(OutboxMessage message, Exception e) {
        failedTotal.increment();
        message.attempts++;
        String reason = e.getCause() != null ? e.getCause().toString() : e.toString();
        message.lastError = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        LOG.warnf("Event %s (%s) not sent yet, attempt %d: %s", message.id, message.type, message.attempts,
                message.lastError);
    }
}
