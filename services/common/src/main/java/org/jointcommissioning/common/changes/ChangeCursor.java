package org.jointcommissioning.common.changes;

import org.jointcommissioning.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A place in a change feed: the transaction id and the sequence number of the last change a consumer has read. The
 * feed is ordered by this pair, so the changes after it are exactly those the consumer has not read. Opaque to
 * clients, like {@link org.jointcommissioning.common.paging.Cursor}.
 */
public record ChangeCursor(long txid, long seq) implements Comparable<ChangeCursor> {

    /** Before the first change. */
    public static final ChangeCursor START = new ChangeCursor(0, 0);
    /** The longest cursor given out (two 19-digit numbers, encoded), with room to spare. */
    public static final int MAX_LENGTH = 100;

    private static final String PREFIX = "c:";

    /** The feed's order: by transaction id, then by sequence. */
    @Override
    public int compareTo(ChangeCursor other) {
        int byTransaction = Long.compare(txid, other.txid);
        return byTransaction != 0 ? byTransaction : Long.compare(seq, other.seq);
    }

    /** The feed's order of the cursors it gives out. */
    public static int compare(String one, String other) {
        return of(one, "cursor").compareTo(of(other, "cursor"));
    }

    public String encoded() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + txid + "." + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The place a cursor names: the start when there is none; a 400 problem naming the parameter if forged. */
    public static ChangeCursor of(String cursor, String parameter) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX) || cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException(text);
            }
            String[] parts = text.substring(PREFIX.length()).split("\\.", -1);
            if (parts.length != 2 || !parts[0].matches("[0-9]{1,19}") || !parts[1].matches("[0-9]{1,19}")) {
                throw new IllegalArgumentException(text);
            }
            return new ChangeCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "is not a cursor this feed gave out");
        }
    }
}
