package org.jointcommissioning.outcomes.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.outcomes.Fixtures;
import org.jointcommissioning.outcomes.domain.Contract;
import org.jointcommissioning.outcomes.domain.ContractIndicator;
import org.jointcommissioning.outcomes.domain.Polarity;
import org.jointcommissioning.outcomes.repository.ContractRepository;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Data in bulk, to reach the limits quickly: written through the repositories, not one request at a time. */
@ApplicationScoped
public class LimitFixtures {

    @Inject
    Fixtures fixtures;

    @Inject
    IndicatorRepository indicators;

    @Inject
    ContractRepository contracts;

    /** Adds indicators until the agreement has {@code total}; answers their codes, to remove them afterwards. */
    public List<String> fillAgreementUpTo(int total) {
        List<String> codes = new ArrayList<>();
        while (indicators.count() < total) {
            codes.add(fixtures.indicator("district-council", Polarity.HIGHER_IS_BETTER, "Filler"));
        }
        return codes;
    }

    @Transactional
    public void remove(List<String> codes) {
        codes.forEach(indicators::deleteById);
    }

    /** Reports the indicator's value for the period {@code count} times: the first value and its revisions. */
    public void revise(String code, String period, int count) {
        for (int i = 1; i <= count; i++) {
            fixtures.measure(code, period, String.valueOf(100 + i % 7));
        }
    }

    /** Contracts serving the indicator, awarded a minute apart in the order of their numbers (1, 2, 3...). */
    @Transactional
    public void contracts(String code, int count, BigDecimal amountEach) {
        for (int i = 1; i <= count; i++) {
            Contract contract = new Contract();
            contract.awardId = awardId(code, i);
            contract.opportunityId = "opp-" + code;
            contract.opportunityTitle = "Community health coaching";
            contract.ownerOrgId = "nhs-trust";
            contract.supplierOrganisationId = "carers-network";
            contract.supplierName = "Carers Network";
            contract.amount = amountEach;
            contract.currency = "GBP";
            contract.fundId = "fund-" + code;
            contract.awardedAt = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * i);
            contract.indicators.add(new ContractIndicator(code, new BigDecimal("1")));
            contracts.persist(contract);
        }
    }

    static String awardId(String code, int number) {
        return "award-" + code + "-" + String.format("%03d", number);
    }
}
