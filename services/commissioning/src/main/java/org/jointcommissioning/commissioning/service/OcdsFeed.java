package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.domain.OcdsRelease;
import org.jointcommissioning.commissioning.repository.OcdsReleaseRepository;
import org.jointcommissioning.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/** Reads the releases in the order they were made, from an opaque cursor onwards. */
@ApplicationScoped
public class OcdsFeed {

    @Inject
    OcdsReleaseRepository releases;

    public record Slice(List<OcdsRelease> releases, String next) {
    }

    public Slice read(Instant updatedFrom, String cursor, int limit) {
        long after = position(cursor);
        Instant from = updatedFrom == null ? Instant.EPOCH : updatedFrom;
        List<OcdsRelease> rows = releases.after(after, from, limit);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            next = cursorOf(rows.get(rows.size() - 1).position);
        }
        return new Slice(rows, next);
    }

    static String cursorOf(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("p:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static long position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("p:")) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring(2));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this feed gave out");
        }
    }
}
