package org.jointcommissioning.budgets.service;

import org.jointcommissioning.common.inbox.UnreadableEventException;
import org.jointcommissioning.contracts.events.FundingRequested;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An award's amount as the saga sends it; a request that breaks the contract can never be applied. */
final class SagaAmounts {

    private SagaAmounts() {
    }

    static BigDecimal of(FundingRequested request) {
        Money amount = request.amount();
        boolean complete = request.awardId() != null && request.fundId() != null
                && request.awardingPartnerId() != null && amount != null
                && amount.amount() != null && amount.currency() != null;
        if (!complete || amount.amount().signum() <= 0 || amount.amount().stripTrailingZeros().scale() > 2) {
            throw new UnreadableEventException("Funding request for award " + request.awardId()
                    + " lacks an award id, a fund id, an awarding partner or a positive amount in pounds and pence");
        }
        return amount.amount().setScale(2, RoundingMode.UNNECESSARY);
    }
}
