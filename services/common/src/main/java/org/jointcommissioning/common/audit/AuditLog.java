package org.jointcommissioning.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Version;
import jakarta.transaction.Transactional;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads the audit trail that Hibernate Envers keeps of an {@code @Audited} entity: one {@link AuditEntry} per
 * revision of one record, newest first, each with the fields that changed since the revision before it.
 * <p>
 * The fields are the entity's persistent attributes, less {@code @NotAudited} ones and the version; an embedded value
 * shows as one field per part ({@code price.amount}, {@code price.currency}). Values read as JSON would: text, enum
 * values in kebab-case, timestamps and dates in ISO 8601, decimals (money among them) as exact decimal strings
 * ({@code "500000.00"}), whole numbers as numbers, booleans as booleans; a collection, a map or a JSON column as its
 * JSON text (sets in sorted order, so that only a real change shows). A repository-level reader: use cases call it
 * after their access checks.
 */
@ApplicationScoped
public class AuditLog {

    /** The longest text a value is shown with; longer ones are cut, ending in an ellipsis. */
    public static final int MAX_VALUE_LENGTH = 20_000;
    /** The most changes one entry lists. */
    public static final int MAX_CHANGES = 200;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** The record's revisions, newest first, one page of them. */
    @Transactional
    public Page<AuditEntry> history(Class<?> entity, Object id, PageRequest page) {
        AuditReader reader = reader();
        long total = count(reader, entity, id);
        if (total == 0 || page.offset() >= total) {
            return new Page<>(List.of(), page.page(), page.size(), total);
        }
        // One revision more than the page: the state before the page's oldest entry.
        List<?> rows = revisions(reader, entity, id)
                .addOrder(AuditEntity.revisionNumber().desc())
                .setFirstResult(page.offset())
                .setMaxResults(page.size() + 1)
                .getResultList();
        EntityPersister persister = persister(entity);
        List<Snapshot> snapshots = rows.stream().map(row -> snapshot(persister, (Object[]) row)).toList();
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(page.size(), snapshots.size()); i++) {
            Snapshot current = snapshots.get(i);
            Snapshot previous = i + 1 < snapshots.size() ? snapshots.get(i + 1) : null;
            entries.add(current.entry(previous));
        }
        return new Page<>(entries, page.page(), page.size(), total);
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }

    private static long count(AuditReader reader, Class<?> entity, Object id) {
        Object count = revisions(reader, entity, id).addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult();
        return count == null ? 0 : ((Number) count).longValue();
    }

    private static AuditQuery revisions(AuditReader reader, Class<?> entity, Object id) {
        return reader.createQuery().forRevisionsOfEntity(entity, false, true).add(AuditEntity.id().eq(id));
    }

    private EntityPersister persister(Class<?> entity) {
        return em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getEntityDescriptor(entity);
    }

    private Snapshot snapshot(EntityPersister persister, Object[] row) {
        Object entity = row[0];
        AuditRevision revision = (AuditRevision) row[1];
        RevisionType type = (RevisionType) row[2];
        Map<String, Object> state = new LinkedHashMap<>();
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Object[] values = persister.getValues(entity);
        for (int i = 0; i < names.length; i++) {
            Field field = field(persister.getMappedClass(), names[i]);
            if (field != null && (field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Version.class))) {
                continue;
            }
            if (types[i] instanceof ComponentType component && !(values[i] instanceof Collection<?>)) {
                String[] parts = component.getPropertyNames();
                Type[] partTypes = component.getSubtypes();
                Object[] partValues = values[i] == null ? new Object[parts.length] : component.getPropertyValues(values[i]);
                for (int p = 0; p < parts.length; p++) {
                    state.put(names[i] + "." + parts[p], top(partTypes[p], partValues[p]));
                }
            } else {
                state.put(names[i], top(types[i], values[i]));
            }
        }
        return new Snapshot(revision, AuditAction.of(type), state);
    }

    /** A field's value as an entry shows it: text, a whole number, a boolean, or null. */
    private Object top(Type type, Object value) {
        Object plain = plain(type, value);
        if (plain == null || plain instanceof String || plain instanceof Boolean || plain instanceof Long) {
            return plain instanceof String text ? cut(text) : plain;
        }
        try {
            return cut(json.writeValueAsString(plain));
        } catch (JsonProcessingException e) {
            return cut(String.valueOf(value));
        }
    }

    /** The value as JSON would carry it, before a structured value is written as text. */
    private Object plain(Type type, Object value) {
        if (value == null) {
            return null;
        }
        SessionFactoryImplementor factory = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        if (type instanceof CollectionType collection) {
            Type elementType = collection.getElementType(factory);
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> plain = new TreeMap<>();
                map.forEach((k, v) -> plain.put(String.valueOf(plain(null, k)), plain(elementType, v)));
                return plain;
            }
            List<Object> items = new ArrayList<>();
            ((Collection<?>) value).forEach(item -> items.add(plain(elementType, item)));
            if (!(value instanceof List<?>)) {
                items.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            }
            return items;
        }
        if (type instanceof ComponentType component) {
            Map<String, Object> parts = new LinkedHashMap<>();
            String[] names = component.getPropertyNames();
            Type[] types = component.getSubtypes();
            Object[] values = component.getPropertyValues(value);
            for (int i = 0; i < names.length; i++) {
                Object part = plain(types[i], values[i]);
                if (part != null) {
                    parts.put(names[i], part);
                }
            }
            return parts;
        }
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Enum<?> || value instanceof TemporalAccessor || value instanceof Number) {
            return value.toString();
        }
        // A JSON column's value (records, lists, maps): as the service writes it.
        return json.valueToTree(value);
    }

    private static String cut(String text) {
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    private record Snapshot(AuditRevision revision, AuditAction action, Map<String, Object> state) {

        AuditEntry entry(Snapshot previous) {
            List<AuditChange> changes = new ArrayList<>();
            for (Map.Entry<String, Object> field : state.entrySet()) {
                Object before = switch (action) {
                    case CREATED -> null;
                    case CHANGED -> previous == null ? null : previous.state.get(field.getKey());
                    case REMOVED -> field.getValue();
                };
                Object after = action == AuditAction.REMOVED ? null : field.getValue();
                if (!Objects.equals(before, after) && changes.size() < MAX_CHANGES) {
                    changes.add(new AuditChange(field.getKey(), before, after));
                }
            }
            return new AuditEntry(revision.id, revision.changedAt, action, revision.subject, revision.userName,
                    revision.orgId, revision.requestId, List.copyOf(changes));
        }
    }
}
