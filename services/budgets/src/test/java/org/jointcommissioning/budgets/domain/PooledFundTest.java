package org.jointcommissioning.budgets.domain;

import org.jointcommissioning.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fund's life: open, its members changed while open, closed once; a closed fund's members stay as they are. */
class PooledFundTest {

    private static final Set<String> HOST_AND_NHS = Set.of("county-council", "nhs-trust");

    @Test
    void anOpenFundClosesOnce() {
        PooledFund fund = fund();
        assertEquals(FundStatus.OPEN, fund.status());
        fund.close();
        assertEquals(FundStatus.CLOSED, fund.status());
        ProblemException again = assertThrows(ProblemException.class, fund::close);
        assertEquals("Fund fund-1 is already closed", again.getMessage());
    }

    @Test
    void anOpenFundChangesItsMembers() {
        PooledFund fund = fund();
        assertTrue(fund.changeMembers(Set.of("county-council", "police"), partner -> false));
        assertEquals(Set.of("county-council", "police"), fund.members());
    }

    @Test
    void theSameMembersAgainChangeNothing() {
        PooledFund fund = fund();
        assertFalse(fund.changeMembers(HOST_AND_NHS, partner -> false));
        assertEquals(HOST_AND_NHS, fund.members());
    }

    @Test
    void aClosedFundsMembersNoLongerChange() {
        PooledFund fund = fund();
        fund.close();
        ProblemException refused = assertThrows(ProblemException.class,
                () -> fund.changeMembers(Set.of("county-council"), partner -> false));
        assertEquals("Fund fund-1 is closed: its members no longer change", refused.getMessage());
        assertEquals(HOST_AND_NHS, fund.members());
    }

    @Test
    void aPartnerWithMoneyInTheFundStaysAMember() {
        PooledFund fund = fund();
        ProblemException refused = assertThrows(ProblemException.class,
                () -> fund.changeMembers(Set.of("county-council"), "nhs-trust"::equals));
        assertEquals("nhs-trust has pledged or paid money into fund fund-1 and stays a member", refused.getMessage());
        assertEquals(HOST_AND_NHS, fund.members());
    }

    @Test
    void aHolderOfAFixedShareStaysAMember() {
        PooledFund fund = fund();
        fund.riskShareRule = RiskShareRule.FIXED;
        fund.fixedShares.putAll(Map.of("county-council", new BigDecimal("60"), "nhs-trust", new BigDecimal("40")));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> fund.changeMembers(Set.of("county-council"), partner -> false));
        assertEquals("The fixed risk-share rule of fund fund-1 gives shares to nhs-trust, which must stay members",
                refused.getMessage());
    }

    @Test
    void aFundIsSetUpWithMembersOnce() {
        PooledFund fund = fund();
        assertThrows(IllegalStateException.class, () -> fund.setUpWith(Set.of("police")));
    }

    private static PooledFund fund() {
        PooledFund fund = new PooledFund();
        fund.id = "fund-1";
        fund.hostPartnerId = "county-council";
        fund.riskShareRule = RiskShareRule.PROPORTIONAL;
        fund.setUpWith(HOST_AND_NHS);
        return fund;
    }
}
