package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.commissioning.domain.OcdsRelease;
import java.time.Instant;
import java.util.List;

/** The OCDS releases as published, in the order of their position. */
@ApplicationScoped
public class OcdsReleaseRepository implements PanacheRepositoryBase<OcdsRelease, Long> {

    /** The releases after a position, released at or after a time, in order: {@code limit} and one more, to tell whether more follow. */
    public List<OcdsRelease> after(long position, Instant from, int limit) {
        return find("position > ?1 and releasedAt >= ?2 order by position", position, from).range(0, limit).list();
    }
}
