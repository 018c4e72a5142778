package org.jointcommissioning.commissioning.domain;

import org.jointcommissioning.commissioning.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Price 40, quality 40, social value 20. */
class ScoringTest {

    @Test
    void theLowestPriceGetsFullMarksOthersInProportionAndTotalsAreWeighted() {
        List<Scoring.Result> results = Scoring.score(Fixtures.CRITERIA, List.of(
                entry("a", "100.00", 90, 80),
                entry("b", "80.00", 70, 50),
                entry("c", "200.00", 100, 100)));

        assertEquals(List.of("a", "b", "c"), results.stream().map(Scoring.Result::bidId).toList());
        assertEquals(new BigDecimal("80.00"), results.get(0).scores().get("price"));
        assertEquals(new BigDecimal("100.00"), results.get(1).scores().get("price"));
        assertEquals(new BigDecimal("40.00"), results.get(2).scores().get("price"));
        assertEquals(new BigDecimal("84.00"), results.get(0).weightedTotal());
        assertEquals(new BigDecimal("78.00"), results.get(1).weightedTotal());
        assertEquals(new BigDecimal("76.00"), results.get(2).weightedTotal());
        assertEquals(List.of(1, 2, 3), results.stream().map(Scoring.Result::rank).toList());
    }

    @Test
    void aPriceScoreIsRoundedToTwoPlaces() {
        assertEquals(new BigDecimal("88.89"), Scoring.priceScore(new BigDecimal("80.00"), new BigDecimal("90.00")));
    }

    @Test
    void equalTotalsShareARankAndTheNextRankIsSkipped() {
        List<Scoring.Result> results = Scoring.score(Fixtures.CRITERIA, List.of(
                entry("a", "100.00", 50, 50), entry("b", "100.00", 50, 50), entry("c", "100.00", 10, 10)));
        assertEquals(List.of(1, 1, 3), results.stream().map(Scoring.Result::rank).toList());
    }

    @Test
    void aBidNotFullyScoredHasNoTotalAndNoRank() {
        List<Scoring.Result> results = Scoring.score(Fixtures.CRITERIA, List.of(
                entry("a", "100.00", 50, 50), new Scoring.Entry("b", new BigDecimal("90.00"), Map.of("quality", 60))));
        Scoring.Result unscored = results.get(1);
        assertFalse(unscored.complete());
        assertNull(unscored.rank());
        assertEquals(1, results.get(0).rank());
    }

    private static Scoring.Entry entry(String id, String price, int quality, int social) {
        return new Scoring.Entry(id, new BigDecimal(price), Map.of("quality", quality, "social", social));
    }
}
