package org.jointcommissioning.budgets.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each settlement rule on variances whose pence do not divide evenly: the shares always add up exactly. */
class YearRiskShareTest {

    private static final Set<String> MEMBERS = Set.of("county", "district", "nhs");
    private static final Map<String, BigDecimal> CONTRIBUTIONS = Map.of("county", new BigDecimal("500000.00"),
            "nhs", new BigDecimal("300000.00"), "district", new BigDecimal("200000.00"));

    @Test
    void proportionalSharesByTheYearsContributionsWithTheOddPennyToTheLargestRemainder() {
        Map<String, BigDecimal> shares = rule(SettlementRule.PROPORTIONAL, Map.of(), null)
                .split(Amounts.of("0.07"), MEMBERS, CONTRIBUTIONS);
        // 3.5p, 2.1p and 1.4p: the whole pence make 6, the county's half penny is the largest remainder.
        assertEquals(Map.of("county", Amounts.of("0.04"), "nhs", Amounts.of("0.02"), "district", Amounts.of("0.01")),
                shares);
    }

    @Test
    void proportionalSharesAlikeWhenNobodyContributed() {
        Map<String, BigDecimal> shares = rule(SettlementRule.PROPORTIONAL, Map.of(), null)
                .split(Amounts.of("-100.00"), MEMBERS, Map.of());
        assertEquals(Map.of("county", Amounts.of("-33.34"), "district", Amounts.of("-33.33"),
                "nhs", Amounts.of("-33.33")), shares);
        assertAddsUpTo("-100.00", shares);
    }

    @Test
    void fixedSharesByThePercentagesWhateverWasContributed() {
        Map<String, BigDecimal> shares = rule(SettlementRule.FIXED, Map.of("county", new BigDecimal("33.33"),
                "nhs", new BigDecimal("33.33"), "district", new BigDecimal("33.34")), null)
                .split(Amounts.of("1000.01"), MEMBERS, CONTRIBUTIONS);
        assertEquals(Map.of("county", Amounts.of("333.30"), "nhs", Amounts.of("333.30"),
                "district", Amounts.of("333.41")), shares);
        assertAddsUpTo("1000.01", shares);
    }

    @Test
    void fixedGivesNothingToAMemberWithoutAShare() {
        Map<String, BigDecimal> shares = rule(SettlementRule.FIXED, Map.of("county", new BigDecimal("70"),
                "nhs", new BigDecimal("30")), null).split(Amounts.of("-0.01"), MEMBERS, CONTRIBUTIONS);
        assertEquals(Map.of("county", Amounts.of("-0.01"), "nhs", Amounts.of("0.00"), "district", Amounts.of("0.00")),
                shares);
    }

    @Test
    void waterfallGivesTheFirstTrancheToTheHostAndSharesTheRestByContributions() {
        Map<String, BigDecimal> shares = rule(SettlementRule.WATERFALL, Map.of(), "50000.00")
                .split(Amounts.of("-109999.99"), MEMBERS, CONTRIBUTIONS);
        // 59,999.99 left: 29,999.995, 17,999.997 and 11,999.998; the two odd pennies to nhs and the district.
        assertEquals(Map.of("county", Amounts.of("-79999.99"), "nhs", Amounts.of("-18000.00"),
                "district", Amounts.of("-12000.00")), shares);
        assertAddsUpTo("-109999.99", shares);
    }

    @Test
    void waterfallSmallerThanTheTrancheFallsOnTheHostAlone() {
        Map<String, BigDecimal> shares = rule(SettlementRule.WATERFALL, Map.of(), "50000.00")
                .split(Amounts.of("49999.99"), MEMBERS, CONTRIBUTIONS);
        assertEquals(Map.of("county", Amounts.of("49999.99"), "nhs", Amounts.of("0.00"),
                "district", Amounts.of("0.00")), shares);
    }

    @Test
    void waterfallGivesTheHostItsTrancheEvenWhenItContributedNothing() {
        Map<String, BigDecimal> shares = rule(SettlementRule.WATERFALL, Map.of(), "10.00")
                .split(Amounts.of("10.03"), MEMBERS, Map.of("nhs", BigDecimal.ONE, "district", BigDecimal.ONE));
        assertEquals(Map.of("county", Amounts.of("10.00"), "district", Amounts.of("0.02"), "nhs", Amounts.of("0.01")),
                shares);
    }

    @Test
    void aBalancedYearSharesNothing() {
        Map<String, BigDecimal> shares = rule(SettlementRule.WATERFALL, Map.of(), "10.00")
                .split(Amounts.of("0.00"), MEMBERS, CONTRIBUTIONS);
        assertAddsUpTo("0.00", shares);
        shares.values().forEach(share -> assertEquals(0, share.signum()));
    }

    private static YearRiskShare rule(SettlementRule rule, Map<String, BigDecimal> fixed, String tranche) {
        return new YearRiskShare(rule, fixed, tranche == null ? null : new BigDecimal(tranche), "county");
    }

    private static void assertAddsUpTo(String total, Map<String, BigDecimal> shares) {
        assertEquals(Amounts.of(total), shares.values().stream().reduce(Amounts.of("0.00"), BigDecimal::add));
    }
}
