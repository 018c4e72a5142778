package org.jointcommissioning.common.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import org.hibernate.envers.RevisionType;
import org.jointcommissioning.common.kebab.Kebab;

/** What a revision did to a record. */
public enum AuditAction {
    CREATED, CHANGED, REMOVED;

    static AuditAction of(RevisionType type) {
        return switch (type) {
            case ADD -> CREATED;
            case MOD -> CHANGED;
            case DEL -> REMOVED;
        };
    }

    @JsonValue
    @Override
    public String toString() {
        return Kebab.of(this);
    }
}
