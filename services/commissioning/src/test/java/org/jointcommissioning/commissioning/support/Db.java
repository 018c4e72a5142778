package org.jointcommissioning.commissioning.support;

import io.quarkus.arc.Arc;
import jakarta.persistence.EntityManager;

/** The service's database as tests write and read it directly, inside a transaction of their own. */
public final class Db {

    private Db() {
    }

    public static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }

    public static <T> T find(Class<T> type, Object id) {
        return em().find(type, id);
    }
}
