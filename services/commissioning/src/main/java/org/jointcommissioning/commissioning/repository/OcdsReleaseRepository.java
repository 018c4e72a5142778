package org.jointcommissioning.commissioning.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointcommissioning.commissioning.domain.OcdsRelease;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The OCDS releases as published, in the order of their position. */
@ApplicationScoped
public class OcdsReleaseRepository implements PanacheRepositoryBase<OcdsRelease, Long> {

    /** The releases after a position, released at or after a time, in order: {@code limit} and one more, to tell whether more follow. */
    public List<OcdsRelease> after(long position, Instant from, int limit) {
        return find("position > ?1 and releasedAt >= ?2 order by position", position, from).range(0, limit).list();
    }

    /** Every release of the processes, in date order (their positions break ties). */
    public List<OcdsRelease> ofProcesses(Collection<String> opportunityIds) {
        return list("opportunityId in ?1 order by releasedAt, position", opportunityIds);
    }

    /**
     * The first releases of processes, after a position, in order: {@code limit} of them. Reads on by position and
     * skips any release that is not its process's first, so a deep page costs what the first does.
     */
    public List<OcdsRelease> firstReleasesAfter(long position, int limit) {
        return find("from OcdsRelease r where r.position > ?1 and not exists (select 1 from OcdsRelease e"
                + " where e.opportunityId = r.opportunityId and e.position < r.position) order by r.position", position)
                .range(0, limit - 1).list();
    }
}
