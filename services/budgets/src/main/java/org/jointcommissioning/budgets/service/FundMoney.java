package org.jointcommissioning.budgets.service;

import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in a request, checked against the fund's currency (the amount itself is checked by @ValidMoney). */
final class FundMoney {

    private FundMoney() {
    }

    static BigDecimal amountIn(PooledFund fund, Money money) {
        if (!fund.currency.equals(money.currency())) {
            throw ProblemException.invalidField("amount.currency", "must be the fund's currency, " + fund.currency);
        }
        return money.amount().setScale(2, RoundingMode.UNNECESSARY);
    }

    static Money of(PooledFund fund, BigDecimal amount) {
        return Money.of(amount, fund.currency);
    }
}
