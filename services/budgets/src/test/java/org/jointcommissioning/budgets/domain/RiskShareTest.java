package org.jointcommissioning.budgets.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RiskShareTest {

    @Test
    void splitsIntoPenceThatAddUpExactly() {
        Map<String, BigDecimal> parts = RiskShare.allocate(Amounts.of("100.00"),
                Map.of("a", BigDecimal.ONE, "b", BigDecimal.ONE, "c", BigDecimal.ONE));
        assertEquals(Map.of("a", Amounts.of("33.34"), "b", Amounts.of("33.33"), "c", Amounts.of("33.33")), parts);
    }

    @Test
    void splitsANegativeAmountTheSameWay() {
        Map<String, BigDecimal> parts = RiskShare.allocate(Amounts.of("-0.05"),
                Map.of("a", new BigDecimal("60"), "b", new BigDecimal("40")));
        assertEquals(Map.of("a", Amounts.of("-0.03"), "b", Amounts.of("-0.02")), parts);
    }

    @Test
    void proportionalSharesFollowPledges() {
        Balances balances = Balances.of(Postings.pledge("county-council", Amounts.of("750000")));
        Postings.pledge("nhs-trust", Amounts.of("250000")).forEach(balances::add);
        RiskShare rule = new RiskShare(RiskShareRule.PROPORTIONAL, Map.of());
        Map<String, BigDecimal> weights = rule.weights(balances.partners(), balances);
        assertEquals(Map.of("county-council", Amounts.of("75"), "nhs-trust", Amounts.of("25")),
                RiskShare.percents(weights));
    }

    @Test
    void fixedSharesIgnorePledges() {
        Balances balances = Balances.of(Postings.pledge("county-council", Amounts.of("900")));
        RiskShare rule = new RiskShare(RiskShareRule.FIXED,
                Map.of("county-council", new BigDecimal("60"), "police", new BigDecimal("40")));
        Map<String, BigDecimal> weights = rule.weights(Set.of("county-council", "police"), balances);
        assertEquals(Map.of("county-council", Amounts.of("600"), "police", Amounts.of("400")),
                RiskShare.allocate(Amounts.of("1000"), weights));
    }

    @Test
    void fixedSharesMustBePositiveTwoDecimalsAndSumTo100() {
        assertNull(RiskShare.problemWithFixedShares(Map.of("a", new BigDecimal("50.5"), "b", new BigDecimal("49.5"))));
        assertTrue(RiskShare.problemWithFixedShares(Map.of("a", new BigDecimal("50"), "b", new BigDecimal("49.99")))
                .contains("sum to 100"));
        assertTrue(RiskShare.problemWithFixedShares(Map.of("a", new BigDecimal("110"), "b", new BigDecimal("-10")))
                .contains("above 0"));
        assertTrue(RiskShare.problemWithFixedShares(Map.of("a", new BigDecimal("33.333"),
                "b", new BigDecimal("66.667"))).contains("two decimals"));
        assertThrows(IllegalArgumentException.class,
                () -> new RiskShare(RiskShareRule.PROPORTIONAL, Map.of("a", BigDecimal.TEN)));
    }
}
