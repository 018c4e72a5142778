package org.jointcommissioning.commissioning.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list shows the opening of a description: a short one whole, a long one cut at a word with an ellipsis. */
class OpportunitySummaryTest {

    @Test
    void aShortDescriptionIsShownWhole() {
        assertEquals("Short breaks for carers.", OpportunitySummary.excerpt("Short breaks for carers."));
        String exactly = "a".repeat(OpportunitySummary.EXCERPT);
        assertEquals(exactly, OpportunitySummary.excerpt(exactly));
    }

    @Test
    void aLongDescriptionIsCutAtTheLastWordThatFits() {
        String text = "Short breaks for carers of adults with dementia. ".repeat(20);
        String excerpt = OpportunitySummary.excerpt(text);
        assertTrue(excerpt.endsWith("…"));
        assertTrue(excerpt.length() <= OpportunitySummary.EXCERPT + 1);
        String opening = excerpt.substring(0, excerpt.length() - 1);
        assertTrue(text.startsWith(opening + " "), "cut between words: " + excerpt);
    }

    @Test
    void oneLongWordIsCutAtTheLimitWithoutSplittingACharacter() {
        assertEquals("a".repeat(OpportunitySummary.EXCERPT) + "…",
                OpportunitySummary.excerpt("a".repeat(OpportunitySummary.EXCERPT + 50)));
        String emoji = "a".repeat(OpportunitySummary.EXCERPT - 1) + "\uD83D\uDE00" + "b".repeat(10);
        assertEquals("a".repeat(OpportunitySummary.EXCERPT - 1) + "…", OpportunitySummary.excerpt(emoji));
    }
}
