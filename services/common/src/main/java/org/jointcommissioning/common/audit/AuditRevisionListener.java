package org.jointcommissioning.common.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import org.hibernate.envers.RevisionListener;
import org.jboss.logging.MDC;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.web.RequestIdFilter;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Says who made a revision, when it opens (at the first audited change of a transaction): the event consumer when
 * the transaction applies an event ({@link AuditOrigin}); otherwise the signed-in caller (subject, user name,
 * organisation) with the request id of the log context; otherwise {@code system} (a scheduled job, say).
 */
public class AuditRevisionListener implements RevisionListener {

    /** The subject of a change that neither a person nor an event consumer made. */
    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.changedAt = now();
        Optional<AuditOrigin> event = AuditOrigin.ofTransaction();
        if (event.isPresent()) {
            revision.subject = event.get().subject();
            revision.userName = event.get().consumer();
            revision.requestId = event.get().eventId();
            return;
        }
        revision.requestId = requestId();
        Caller caller = activeCaller();
        if (caller != null && caller.isAuthenticated()) {
            revision.subject = caller.subject();
            revision.userName = caller.name();
            revision.orgId = caller.orgId().orElse(null);
        } else {
            revision.subject = SYSTEM;
            revision.userName = SYSTEM;
        }
    }

    private static String requestId() {
        Object id = MDC.get(RequestIdFilter.MDC_KEY);
        return id == null ? null : id.toString();
    }

    private static Caller activeCaller() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        InstanceHandle<Caller> caller = container.instance(Caller.class);
        return caller.isAvailable() ? caller.get() : null;
    }

    /** The platform's clock (which tests may set), to the microsecond that timestamptz keeps. */
    private static Instant now() {
        ArcContainer container = Arc.container();
        InstanceHandle<Clock> clock = container == null ? null : container.instance(Clock.class);
        Instant now = clock != null && clock.isAvailable() ? clock.get().instant() : Instant.now();
        return now.truncatedTo(ChronoUnit.MICROS);
    }
}
