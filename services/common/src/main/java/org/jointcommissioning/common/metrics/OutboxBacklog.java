package org.jointcommissioning.common.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The outbox's backlog as two gauges: {@code platform_outbox_pending} (events written and not yet sent) and
 * {@code platform_outbox_oldest_pending_age_seconds} (how long the oldest of them has waited). One query over the
 * pending rows' index refreshes both every few seconds, however often Prometheus scrapes; the age keeps growing
 * between refreshes. Every replica of a service sees the same table, so read them with max(), never sum().
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Inject
    Clock clock;

    private volatile long pending;
    private volatile Instant oldest;
    private volatile boolean stopping;

    void register(@Observes StartupEvent event) {
        Gauge.builder("platform.outbox.pending", this, OutboxBacklog::pending)
                .description("Events in the outbox not yet sent to Kafka (refreshed every few seconds)")
                .register(registry);
        Gauge.builder("platform.outbox.oldest.pending.age.seconds", this, OutboxBacklog::oldestAgeSeconds)
                .description("Seconds since the oldest event not yet sent was written; 0 when none is pending")
                .register(registry);
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    double pending() {
        return pending;
    }

    double oldestAgeSeconds() {
        Instant since = oldest;
        if (since == null) {
            return 0;
        }
        return Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0);
    }

    @Scheduled(every = "${platform.metrics.outbox-refresh:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        if (stopping) {
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debugf("Outbox backlog not measured this time: %s", e.getMessage());
        }
    }

    /** Reads the backlog now. */
    @Transactional
    public void refresh() {
        Object[] row = (Object[]) em.createNativeQuery(
                "select count(*), min(occurred_at) from outbox where sent_at is null").getSingleResult();
        pending = ((Number) row[0]).longValue();
        oldest = instantOf(row[1]);
    }

    private static Instant instantOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }
}
