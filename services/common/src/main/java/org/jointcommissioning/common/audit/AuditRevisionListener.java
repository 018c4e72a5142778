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
    /** The columns' lengths (db/common's audit_revision): a longer value is cut, never a reason to fail the change. */
    static final int NAME_LENGTH = 200;
    static final int ORG_LENGTH = 100;

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.changedAt = now();
        Optional<AuditOrigin> event = AuditOrigin.ofTransaction();
        if (event.isPresent()) {
            revision.subject = fit(event.get().subject(), NAME_LENGTH);
            revision.userName = fit(event.get().consumer(), NAME_LENGTH);
            revision.requestId = fit(event.get().eventId(), NAME_LENGTH);
            return;
        }
        revision.requestId = fit(requestId(), NAME_LENGTH);
        Caller caller = activeCaller();
        if (caller != null && caller.isAuthenticated()) {
            revision.subject = fit(caller.subject(), NAME_LENGTH);
            revision.userName = fit(caller.name(), NAME_LENGTH);
            revision.orgId = fit(caller.orgId().orElse(null), ORG_LENGTH);
        } else {
            revision.subject = SYSTEM;
            revision.userName = SYSTEM;
        }
    }

    private static String fit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
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
