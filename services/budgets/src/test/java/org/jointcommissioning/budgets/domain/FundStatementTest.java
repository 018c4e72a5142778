package org.jointcommissioning.budgets.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FundStatementTest {

    private static final LocalDate DAY = LocalDate.parse("2027-03-31");

    @Test
    void sharesCommitmentsSpendAndUnderspendByPledges() {
        FundStatement s = FundStatement.of(DAY, Balances.of(fundWithPayment()),
                new RiskShare(RiskShareRule.PROPORTIONAL, Map.of()));

        assertEquals(m("400000"), s.underspend());
        assertEquals(m("0"), s.overspend());
        FundStatement.PartnerPosition county = s.partners().get(0);
        assertEquals("county-council", county.partnerId());
        assertEquals(List.of(m("75"), m("300000"), m("150000"), m("300000")), List.of(county.sharePercent(),
                county.shareOfCommitted(), county.shareOfSpent(), county.shareOfUnderspend()));
    }

    @Test
    void fixedSharesNameEveryPartnerEvenWithoutContributions() {
        FundStatement s = FundStatement.of(DAY, Balances.of(fundWithPayment()), new RiskShare(RiskShareRule.FIXED,
                Map.of("county-council", new BigDecimal("50"), "nhs-trust", new BigDecimal("30"),
                        "police", new BigDecimal("20"))));

        assertEquals(List.of("county-council", "nhs-trust", "police"),
                s.partners().stream().map(FundStatement.PartnerPosition::partnerId).toList());
        FundStatement.PartnerPosition police = s.partners().get(2);
        assertEquals(List.of(m("0"), m("20"), m("40000")),
                List.of(police.pledged(), police.sharePercent(), police.shareOfSpent()));
        assertEquals(s.committed(), s.partners().stream().map(FundStatement.PartnerPosition::shareOfCommitted)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** £1m pledged 3:1, £600k committed of which £200k paid. */
    private static List<Posting> fundWithPayment() {
        List<Posting> journal = new ArrayList<>(Postings.pledge("county-council", m("750000")));
        journal.addAll(Postings.pledge("nhs-trust", m("250000")));
        journal.addAll(Postings.receipt("county-council", m("750000")));
        journal.addAll(Postings.reserve(m("600000")));
        journal.addAll(Postings.commit(m("600000")));
        journal.addAll(Postings.payment(m("200000")));
        return journal;
    }

    private static BigDecimal m(String amount) {
        return Amounts.of(amount);
    }
}
