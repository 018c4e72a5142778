package org.jointcommissioning.budgets.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jointcommissioning.budgets.domain.ContributionKind;
import org.jointcommissioning.common.metrics.BusinessMetrics;
import org.jointcommissioning.common.metrics.CounterName;

import java.math.BigDecimal;

/**
 * The board's view of the money, by fund, each amount counted when its ledger entry commits. These counters are not
 * the books: they are doubles for dashboards, restart from zero with the service, and the ledger stays the record.
 */
@ApplicationScoped
public class BudgetsMetrics {

    static final CounterName RESERVED = CounterName.of("platform.money.reserved.pounds",
            "Pounds reserved for awards, by fund");
    static final CounterName COMMITTED = CounterName.of("platform.money.committed.pounds",
            "Pounds committed to contracts (reservations turned into commitments), by fund");
    static final CounterName RELEASED = CounterName.of("platform.money.released.pounds",
            "Pounds returned to a fund when an award was cancelled, by fund");
    static final CounterName PAID = CounterName.of("platform.money.paid.pounds", "Pounds paid out to suppliers, by fund");
    static final CounterName CONTRIBUTIONS = CounterName.of("platform.contributions.recorded",
            "Partners' contributions recorded, by fund and kind (pledge or receipt)");
    static final CounterName REJECTED = CounterName.of("platform.funding.rejected",
            "Awards' funding requests the fund refused, by reason");

    @Inject
    BusinessMetrics metrics;

    void declare(@Observes StartupEvent event) {
        for (String reason : new String[] {"unknown-fund", "not-a-member", "fund-closed", "currency-mismatch",
            "insufficient-funds"}) {
            metrics.declare(REJECTED, "reason", reason);
        }
    }

    void reserved(String fundId, BigDecimal amount) {
        metrics.add(RESERVED, amount.doubleValue(), "fund", fundId);
    }

    void committed(String fundId, BigDecimal amount) {
        metrics.add(COMMITTED, amount.doubleValue(), "fund", fundId);
    }

    void released(String fundId, BigDecimal amount) {
        metrics.add(RELEASED, amount.doubleValue(), "fund", fundId);
    }

    void paid(String fundId, BigDecimal amount) {
        metrics.add(PAID, amount.doubleValue(), "fund", fundId);
    }

    void contribution(String fundId, ContributionKind kind) {
        metrics.count(CONTRIBUTIONS, "fund", fundId, "kind", kind.toString());
    }

    void rejected(String reason) {
        metrics.count(REJECTED, "reason", reason);
    }
}
