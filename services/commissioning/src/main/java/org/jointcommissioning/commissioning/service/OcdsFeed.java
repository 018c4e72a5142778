package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.domain.OcdsRelease;
import org.jointcommissioning.commissioning.repository.OcdsReleaseRepository;
import org.jointcommissioning.common.paging.Cursor;

import java.time.Instant;
import java.util.List;

/** Reads the releases in the order they were made, from an opaque cursor onwards. */
@ApplicationScoped
public class OcdsFeed {

    @Inject
    OcdsReleaseRepository releases;

    public record Slice(List<OcdsRelease> releases, String next) {
    }

    public Slice read(Instant updatedFrom, String cursor, int limit) {
        long after = Cursor.positionOf(cursor, "cursor");
        Instant from = updatedFrom == null ? Instant.EPOCH : updatedFrom;
        List<OcdsRelease> rows = releases.after(after, from, limit);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = Cursor.of(rows.get(rows.size() - 1).position);
        }
        return new Slice(rows, next);
    }
}
