package org.jointcommissioning.budgets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.Balances;
import org.jointcommissioning.budgets.domain.Movement;
import org.jointcommissioning.budgets.domain.Partner;
import org.jointcommissioning.budgets.domain.PartnerKind;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.Postings;
import org.jointcommissioning.budgets.domain.RiskShareRule;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.budgets.repository.PartnerRepository;
import org.jointcommissioning.budgets.service.Ledger;
import org.jointcommissioning.budgets.service.ReservationService;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Test data: partners, funds and money in them, made directly so that each test sets up in a line or two. */
@ApplicationScoped
public class TestFunds {

    public static final LocalDate PAID_IN_ON = LocalDate.parse("2026-04-01");

    @Inject
    PartnerRepository partners;

    @Inject
    FundRepository funds;

    @Inject
    Ledger ledger;

    @Inject
    ReservationService reservations;

    @Transactional
    public void partner(String id) {
        if (partners.findByIdOptional(id).isEmpty()) {
            Partner partner = new Partner();
            partner.id = id;
            partner.name = id;
            partner.kind = PartnerKind.OTHER;
            partner.createdAt = Instant.now();
            partners.persist(partner);
        }
    }

    /** An open, proportional fund hosted by county-council, its only member. */
    public String fund() {
        return fund(Map.of());
    }

    /** An open, proportional fund hosted by county-council, with these members besides the host. */
    public String fundWithMembers(String... members) {
        return fund(Map.of(), List.of(members));
    }

    /** An open fund hosted by county-council: fixed shares when given (their holders members), else proportional. */
    public String fund(Map<String, BigDecimal> fixedShares) {
        return fund(fixedShares, List.copyOf(fixedShares.keySet()));
    }

    @Transactional
    public String fund(Map<String, BigDecimal> fixedShares, List<String> members) {
        partner("county-council");
        members.forEach(this::partner);
        PooledFund fund = new PooledFund();
        fund.id = UUID.randomUUID().toString();
        fund.name = "Test fund";
        fund.purpose = "Testing";
        fund.hostPartnerId = "county-council";
        fund.financialYear = "2026-27";
        fund.currency = "GBP";
        fund.riskShareRule = fixedShares.isEmpty() ? RiskShareRule.PROPORTIONAL : RiskShareRule.FIXED;
        fund.fixedShares.putAll(fixedShares);
        Set<String> all = new TreeSet<>(members);
        all.add("county-council");
        fund.setUpWith(all);
        fund.createdAt = Instant.now();
        funds.persist(fund);
        return fund.id;
    }

    /** Makes a partner a member, as a change of membership would (without its note and event). */
    @Transactional
    public void member(String fundId, String partnerId) {
        partner(partnerId);
        PooledFund fund = funds.findById(fundId);
        Set<String> after = new TreeSet<>(fund.members());
        after.add(partnerId);
        fund.changeMembers(after, leaving -> false);
    }

    /** A pledge by a partner, which is made a member first: only members put money in. */
    @Transactional
    public void pledged(String fundId, String partnerId, String amount) {
        member(fundId, partnerId);
        ledger.post(fundId, PAID_IN_ON, Movement.PLEDGE, "test", null, "test pledge",
                Postings.pledge(partnerId, new BigDecimal(amount)));
    }

    @Transactional
    public void paidIn(String fundId, String partnerId, String amount) {
        pledged(fundId, partnerId, amount);
        ledger.post(fundId, PAID_IN_ON, Movement.RECEIPT, "test", null, "test receipt",
                Postings.receipt(partnerId, new BigDecimal(amount)));
    }

    /** A pledge and its receipt on a date, the partner made a member first. */
    @Transactional
    public void paidIn(String fundId, String partnerId, String amount, LocalDate date) {
        member(fundId, partnerId);
        ledger.post(fundId, date, Movement.PLEDGE, "test", null, "test pledge",
                Postings.pledge(partnerId, new BigDecimal(amount)));
        ledger.post(fundId, date, Movement.RECEIPT, "test", null, "test receipt",
                Postings.receipt(partnerId, new BigDecimal(amount)));
    }

    @Transactional
    public void close(String fundId) {
        funds.findById(fundId).close();
    }

    /** An award whose money the fund has reserved and committed, through the saga's own use case. */
    public String committedAward(String fundId, String amount) {
        String awardId = Saga.newAwardId();
        reservations.reserve(Saga.fundingRequested(awardId, fundId, amount));
        reservations.commit(Saga.contractAwarded(awardId, fundId, amount));
        return awardId;
    }

    @Transactional
    public Balances balances(String fundId) {
        return ledger.balances(fundId);
    }

    @Transactional
    public List<String> members(String fundId) {
        return funds.findById(fundId).memberList();
    }
}
