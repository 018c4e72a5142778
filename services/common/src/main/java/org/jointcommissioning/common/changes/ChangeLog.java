package org.jointcommissioning.common.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jointcommissioning.common.paging.PageRequest;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A service's change feed: the changes integrators read (a data warehouse, a partner's finance system), each
 * written to the service's {@code change_log} table in the same transaction as the change itself, so that the log
 * holds a change exactly when the change was committed.
 * <p>
 * A row carries the id of the transaction that wrote it ({@code txid}) and a sequence number ({@code seq}); the
 * feed is read in that order. A reader sees only rows written by transactions older than the oldest one still
 * running ({@code txid < pg_snapshot_xmin(pg_current_snapshot())}): those have all ended, so no row can later
 * appear before a position already read. Paging on from the last position read therefore misses nothing and
 * repeats nothing, however many writers run at once; the price is that a change shows only once every transaction
 * that began before it has ended (usually milliseconds). Transaction ids are the server's, not the database's: a long
 * write transaction anywhere on the same PostgreSQL server holds every feed back until it ends, and no further.
 * <p>
 * The log is written by the application, not by database triggers, because a change is shown as the API shows the
 * changed thing (the service's own response record, through its {@link ChangeRepresentation}), which a trigger would
 * have to rebuild in SQL and keep in step by hand. Services call {@link #record} from the one place each kind of change
 * is written (budgets' {@code Ledger}, outcomes' {@code MeasurementService}, commissioning's {@code AwardChangeLog}).
 */
@ApplicationScoped
public class ChangeLog {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<ChangeRepresentation<?>> representations;

    /**
     * Records a change in the caller's transaction, showing the changed thing as the service's representation of
     * its type shows it.
     *
     * @param kind     what changed, in kebab-case ({@code ledger-entry}, {@code award}, {@code measurement})
     * @param entityId its id
     * @param scope    what decides who may read it (a fund's id, the owning organisation, an indicator's code)
     * @param type     the kind of change, in kebab-case ({@code posted}, {@code status-changed}, {@code recorded})
     * @param changed  the changed domain object, shown by its {@link ChangeRepresentation}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String kind, String entityId, String scope, String type, Object changed) {
        String resource;
        try {
            resource = json.writeValueAsString(represent(changed));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write the representation of " + kind + " " + entityId, e);
        }
        em.createNativeQuery("""
                        insert into change_log (entity_kind, entity_id, scope, change_type, changed_at, resource)
                        values (:kind, :id, :scope, :type, :at, cast(:resource as jsonb))""")
                .setParameter("kind", kind).setParameter("id", entityId).setParameter("scope", scope)
                .setParameter("type", type).setParameter("at", Timestamp.from(clock.instant()))
                .setParameter("resource", resource)
                .executeUpdate();
    }

    /**
     * The page a consumer asked for: the changes after its {@code cursor} (the start when none), {@code size} of
     * them at most (1 to {@value PageRequest#MAX_SIZE}, default {@value PageRequest#DEFAULT_SIZE}), of the given scopes
     * only ({@code null}: every scope). A forged cursor or a size out of range is a 400 naming the parameter.
     */
    public ChangeSlice page(String cursor, Integer size, Collection<String> scopes) {
        ChangeCursor after = ChangeCursor.of(cursor, "cursor");
        int limit = PageRequest.of(0, size == null ? PageRequest.DEFAULT_SIZE : size).size();
        return after(after, scopes, limit);
    }

    /**
     * Up to {@code limit} changes after a place, oldest first, of the given scopes only ({@code null}: every scope).
     * Only changes of transactions that have all ended are read (see above).
     */
    public ChangeSlice after(ChangeCursor after, Collection<String> scopes, int limit) {
        if (scopes != null && scopes.isEmpty()) {
            return new ChangeSlice(List.of(), after, true);
        }
        var query = em.createNativeQuery("""
                select cast(txid as text), seq, entity_kind, entity_id, scope, change_type, changed_at,
                       cast(resource as text)
                from change_log
                where txid < pg_snapshot_xmin(pg_current_snapshot())
                  and (txid, seq) > (cast(:txid as xid8), :seq)
                  %s
                order by txid, seq
                limit :limit""".formatted(scopes == null ? "" : "and scope in (:scopes)"))
                .setParameter("txid", Long.toString(after.txid())).setParameter("seq", after.seq())
                .setParameter("limit", limit);
        if (scopes != null) {
            query.setParameter("scopes", scopes);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Change> changes = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ChangeCursor position = new ChangeCursor(Long.parseLong((String) row[0]), ((Number) row[1]).longValue());
            try {
                changes.add(new Change(position, (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                        instant(row[6]), json.readTree((String) row[7])));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("Cannot read change " + position, e);
            }
        }
        ChangeCursor next = changes.isEmpty() ? after : changes.get(changes.size() - 1).position();
        return new ChangeSlice(changes, next, changes.size() < limit);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object represent(Object changed) {
        for (ChangeRepresentation representation : representations) {
            if (representation.type().isInstance(changed)) {
                return representation.of(changed);
            }
        }
        throw new IllegalStateException("No ChangeRepresentation shows a " + changed.getClass().getName());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
