package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.Movement;
import org.jointcommissioning.budgets.domain.Payment;
import org.jointcommissioning.budgets.domain.PaymentDraft;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.Postings;
import org.jointcommissioning.budgets.domain.Reservation;
import org.jointcommissioning.budgets.domain.ReservationStatus;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.budgets.repository.PaymentRepository;
import org.jointcommissioning.budgets.repository.ReservationRepository;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.PaymentRecorded;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

/**
 * Pays a supplier from an award's commitment. Only the host partner's finance managers pay; a payment never
 * exceeds what is still committed to the award, nor the cash the fund holds.
 */
@ApplicationScoped
public class PaymentService {

    @Inject
    FundRepository funds;

    @Inject
    ReservationRepository reservations;

    @Inject
    PaymentRepository payments;

    @Inject
    FundAccess access;

    @Inject
    Ledger ledger;

    @Inject
    EventPublisher events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    BudgetsMetrics metrics;

    @Transactional(Transactional.TxType.MANDATORY)
    public Payment record(String fundId, PaymentDraft request) {
        PooledFund fund = funds.lock(fundId).orElseThrow(() -> ProblemException.notFound("Fund", fundId));
        access.requireReader(fund);
        if (!caller.belongsTo(fund.hostPartnerId)) {
            throw ProblemException.forbidden("Only the finance managers of the host partner, " + fund.hostPartnerId
                    + ", pay from fund " + fund.id);
        }
        BigDecimal amount = FundMoney.amountIn(fund, request.amount());
        Reservation reservation = reservations.findByAward(request.awardId())
                .filter(r -> r.fundId.equals(fund.id))
                .orElseThrow(() -> ProblemException.invalidField("awardId", "this fund holds no money for the award"));
        if (!reservation.is(ReservationStatus.COMMITTED)) {
            throw ProblemException.conflict("Award " + request.awardId() + " is " + reservation.status()
                    + ", not committed: only a committed award can be paid");
        }
        BigDecimal unpaid = ledger.balancesOfAward(fund.id, reservation.awardId).committed();
        if (amount.compareTo(unpaid) > 0) {
            throw ProblemException.conflict("The payment of " + amount + " is more than the " + unpaid
                    + " still committed to award " + reservation.awardId);
        }
        BigDecimal cash = ledger.balances(fund.id).cashBalance();
        if (amount.compareTo(cash) > 0) {
            throw ProblemException.conflict("The payment of " + amount + " is more than the fund's cash balance of "
                    + cash + "; partners have yet to pay in their pledges");
        }

        Payment payment = new Payment();
        payment.id = UUID.randomUUID().toString();
        payment.fundId = fund.id;
        payment.reservationId = reservation.id;
        payment.awardId = reservation.awardId;
        payment.amount = amount;
        payment.date = request.date();
        payment.reference = request.reference();
        payment.recordedAt = clock.instant();
        payment.recordedBy = caller.subject();
        payments.persist(payment);

        ledger.post(fund.id, payment.date, Movement.PAYMENT, payment.id, payment.awardId,
                "Payment for award " + payment.awardId, Postings.payment(amount));
        events.publish(fund.id, new PaymentRecorded(payment.id, fund.id, payment.awardId,
                FundMoney.of(fund, amount), payment.date, payment.recordedAt));
        metrics.paid(fund.id, amount);
        return payment;
    }

    /** A fund's payments, oldest first; the fund is one the caller may read. */
    public Page<Payment> listOf(PooledFund fund, PageRequest page) {
        return payments.pageOfFund(fund.id, page);
    }

    public Payment get(PooledFund fund, String id) {
        return payments.findByIdOptional(id).filter(p -> p.fundId.equals(fund.id))
                .orElseThrow(() -> ProblemException.notFound("Payment", id));
    }
}
