package org.jointcommissioning.common.paging;

import org.jointcommissioning.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset paging's token: an opaque place in a list ordered by an ever-growing position (a sequence), from which the
 * next page reads on. Unlike a page number it stays right while rows are added, and costs the same however deep.
 */
public final class Cursor {

    private static final String PREFIX = "p:";

    private Cursor() {
    }

    public static String of(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names: 0 (the start) when there is none; a 400 problem naming the parameter if forged. */
    public static long positionOf(String cursor, String parameter) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException(text);
            }
            long position = Long.parseLong(text.substring(PREFIX.length()));
            if (position < 0) {
                throw new IllegalArgumentException(text);
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "is not a cursor this list gave out");
        }
    }
}
