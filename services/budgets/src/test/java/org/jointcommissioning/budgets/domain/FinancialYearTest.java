package org.jointcommissioning.budgets.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FinancialYearTest {

    @Test
    void runsFromAprilToMarch() {
        FinancialYear year = FinancialYear.parse("2026-27").orElseThrow();
        assertEquals(LocalDate.parse("2026-04-01"), year.starts());
        assertEquals(LocalDate.parse("2027-03-31"), year.ends());
        assertEquals(12, year.months().size());
        assertEquals(YearMonth.parse("2027-03"), year.months().get(11));
        assertEquals("2027-28", year.next().label());
    }

    @Test
    void aDateFallsInTheYearThatHoldsIt() {
        assertEquals("2025-26", FinancialYear.containing(LocalDate.parse("2026-03-31")).label());
        assertEquals("2026-27", FinancialYear.containing(LocalDate.parse("2026-04-01")).label());
        assertEquals("2098-99", new FinancialYear(2098).label());
        assertTrue(new FinancialYear(2026).contains(YearMonth.parse("2027-03")));
        assertFalse(new FinancialYear(2026).contains(YearMonth.parse("2027-04")));
    }

    @Test
    void onlyConsecutiveYearsAreAFinancialYear() {
        assertEquals(Optional.empty(), FinancialYear.parse("2026-28"));
        assertEquals(Optional.empty(), FinancialYear.parse("2026/27"));
        assertEquals(Optional.empty(), FinancialYear.parse("1999-00"));
        assertEquals(Optional.empty(), FinancialYear.parse(null));
        assertEquals(Optional.empty(), FinancialYear.parse("2099-00"));
    }

    @Test
    void theOutturnCountsCommitmentsRollingOutAndNotThoseRolledIn() {
        YearFigures figures = new YearFigures(Amounts.of("1000000.00"), Amounts.of("90000.01"),
                Amounts.of("1190000.00"), Amounts.of("60000.00"), Amounts.of("70000.00"));
        assertEquals(Amounts.of("1090000.01"), figures.resources());
        assertEquals(Amounts.of("1200000.00"), figures.outturn());
        assertEquals(Amounts.of("-109999.99"), figures.variance());
    }

    @Test
    void theSettlementOfAnOverspendIsOwedAndOfAnUnderspendIsHeldBalanced() {
        var lines = Postings.yearEndSettlement(Map.of("a", Amounts.of("-10.00"), "b", Amounts.of("5.00"),
                "c", Amounts.of("0.00")));
        Balances balances = Balances.of(lines);
        assertEquals(Amounts.of("10.00"), balances.outstandingPledgeOf("a"));
        assertEquals(Amounts.of("5.00"), balances.debitBalance(Account.UNDERSPEND_HELD, "b").negate());
        assertEquals(Amounts.of("5.00"), balances.pledged());
        assertEquals(0, balances.trialBalance().signum());
    }

    @Test
    void aReturnCancelsWhatIsStillPledgedBeforePayingCash() {
        Balances balances = Balances.of(Postings.underspendReturn("a", Amounts.of("100.00"), Amounts.of("40.00")));
        assertEquals(Amounts.of("-40.00"), balances.outstandingPledgeOf("a"));
        assertEquals(Amounts.of("-60.00"), balances.cashBalance());
        assertEquals(new BigDecimal("0.00"), balances.trialBalance());
    }
}
