package org.jointcommissioning.common.paging;

import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.problem.ProblemType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorTest {

    @Test
    void aCursorNamesThePositionItWasMadeFrom() {
        for (long position : new long[] {0, 1, 42, Long.MAX_VALUE}) {
            assertEquals(position, Cursor.positionOf(Cursor.of(position), "cursor"));
        }
    }

    @Test
    void noCursorIsTheStart() {
        assertEquals(0, Cursor.positionOf(null, "cursor"));
        assertEquals(0, Cursor.positionOf(" ", "cursor"));
    }

    @Test
    void aForgedCursorIsRefusedNamingTheParameter() {
        for (String forged : new String[] {"!!", "eDo0Mg", "cDotMQ", "cDo5OTk5OTk5OTk5OTk5OTk5OTk5OTk"}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Cursor.positionOf(forged, "after"));
            assertEquals(ProblemType.INVALID_REQUEST, refused.type(), forged);
            assertEquals("after", refused.errors().get(0).field(), forged);
        }
    }
}
