package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.budgets.domain.Movement;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.budgets.domain.Postings;
import org.jointcommissioning.budgets.domain.Reservation;
import org.jointcommissioning.budgets.domain.ReservationStatus;
import org.jointcommissioning.budgets.repository.FundRepository;
import org.jointcommissioning.budgets.repository.ReservationRepository;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.paging.Page;
import org.jointcommissioning.common.paging.PageRequest;
import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.FundingRejected;
import org.jointcommissioning.contracts.events.FundingRequested;
import org.jointcommissioning.contracts.events.FundsCommitted;
import org.jointcommissioning.contracts.events.FundsReleased;
import org.jointcommissioning.contracts.events.FundsReserved;
import org.jointcommissioning.contracts.money.Money;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The fund's side of the award saga: reserve, commit, release. Each step locks the fund row first, so
 * concurrent awards are checked one after another against the money truly available. Only an award of a member
 * partner, on an open fund, is funded.
 */
@ApplicationScoped
public class ReservationService {

    private static final Logger LOG = Logger.getLogger(ReservationService.class);

    @Inject
    FundRepository funds;

    @Inject
    ReservationRepository reservations;

    @Inject
    Ledger ledger;

    @Inject
    EventPublisher events;

    @Inject
    Clock clock;

    @Inject
    BudgetsMetrics metrics;

    /** Reserves the award's amount, or rejects it with a reason; answers the reservation when made. */
    @Transactional
    public Optional<Reservation> reserve(FundingRequested request) {
        BigDecimal amount = SagaAmounts.of(request);
        PooledFund fund = funds.lock(request.fundId()).orElse(null);
        Optional<Reservation> earlier = reservations.findByAward(request.awardId());
        if (earlier.isPresent()) {
            return answerAgain(earlier.get());
        }
        if (fund == null) {
            return reject(request, "unknown-fund", "No fund has the id " + request.fundId());
        }
        if (!fund.hasMember(request.awardingPartnerId())) {
            // Events may come from anywhere on the bus: only a member's award draws on the fund.
            return reject(request, "not-a-member", request.awardingPartnerId() + " is not a member of fund "
                    + fund.id);
        }
        if (!fund.isOpen()) {
            return reject(request, "fund-closed", "Fund " + fund.id + " is closed");
        }
        if (!fund.currency.equals(request.amount().currency())) {
            return reject(request, "currency-mismatch", "The fund is in " + fund.currency + ", the award in "
                    + request.amount().currency());
        }
        BigDecimal available = ledger.balances(fund.id).availableToCommit();
        if (amount.compareTo(available) > 0) {
            return reject(request, "insufficient-funds", "The fund has " + available + " " + fund.currency
                    + " available to commit; the award needs " + amount);
        }
        Reservation reservation = Reservation.reserve(UUID.randomUUID().toString(), fund.id, request.awardId(), amount,
                clock.instant());
        reservations.persist(reservation);
        ledger.post(fund.id, ledger.today(), Movement.RESERVATION, reservation.id, reservation.awardId,
                "Reserved for award " + reservation.awardId, Postings.reserve(amount));
        events.publish(fund.id, new FundsReserved(reservation.awardId, fund.id, reservation.id,
                FundMoney.of(fund, amount), reservation.createdAt));
        metrics.reserved(fund.id, amount);
        return Optional.of(reservation);
    }

    /** The contract is announced: what is reserved for the award becomes committed. */
    @Transactional
    public void commit(ContractAwarded award) {
        Optional<Reservation> found = heldFor(award.awardId(), ReservationStatus.RESERVED);
        if (found.isEmpty()) {
            return;
        }
        Reservation reservation = found.get();
        PooledFund fund = funds.lock(reservation.fundId).orElseThrow();
        BigDecimal held = ledger.balancesOfAward(fund.id, reservation.awardId).reserved();
        ledger.post(fund.id, ledger.today(), Movement.COMMITMENT, reservation.id, reservation.awardId,
                "Committed to the contract of award " + reservation.awardId, Postings.commit(held));
        reservation.commit(clock.instant());
        events.publish(fund.id, new FundsCommitted(reservation.awardId, fund.id, reservation.id,
                FundMoney.of(fund, held), reservation.updatedAt));
        metrics.committed(fund.id, held);
    }

    /** The award is cancelled: the reservation, or the unpaid part of the commitment, returns to the fund. */
    @Transactional
    public void release(AwardCancelled cancelled) {
        Optional<Reservation> found = reservations.findByAward(cancelled.awardId())
                .filter(r -> !r.is(ReservationStatus.RELEASED));
        if (found.isEmpty()) {
            LOG.infof("Award %s was cancelled; the fund holds nothing for it", cancelled.awardId());
            return;
        }
        Reservation reservation = found.get();
        PooledFund fund = funds.lock(reservation.fundId).orElseThrow();
        var balances = ledger.balancesOfAward(fund.id, reservation.awardId);
        boolean wasReserved = reservation.is(ReservationStatus.RESERVED);
        BigDecimal held = wasReserved ? balances.reserved() : balances.committed();
        if (held.signum() > 0) {
            ledger.post(fund.id, ledger.today(), Movement.RELEASE, reservation.id, reservation.awardId,
                    "Released on cancellation of award " + reservation.awardId,
                    wasReserved ? Postings.releaseReserved(held) : Postings.releaseCommitted(held));
        }
        reservation.release(clock.instant());
        events.publish(fund.id, new FundsReleased(reservation.awardId, fund.id, reservation.id,
                FundMoney.of(fund, held), reservation.updatedAt));
        metrics.released(fund.id, held);
    }

    private Optional<Reservation> heldFor(String awardId, ReservationStatus status) {
        Optional<Reservation> found = reservations.findByAward(awardId).filter(r -> r.is(status));
        if (found.isEmpty()) {
            LOG.warnf("Award %s has no %s reservation; nothing to do", awardId, status);
        }
        return found;
    }

    /** A second request for an award already funded (a retry by commissioning) gets the same answer. */
    private Optional<Reservation> answerAgain(Reservation reservation) {
        if (reservation.is(ReservationStatus.RELEASED)) {
            LOG.warnf("Funding asked again for award %s, whose reservation was released; ignored", reservation.awardId);
            return Optional.empty();
        }
        PooledFund fund = funds.findById(reservation.fundId);
        events.publish(fund.id, new FundsReserved(reservation.awardId, fund.id, reservation.id,
                FundMoney.of(fund, reservation.amount), reservation.createdAt));
        return Optional.of(reservation);
    }

    private Optional<Reservation> reject(FundingRequested request, String reason, String detail) {
        events.publish(request.fundId(), new FundingRejected(request.awardId(), request.fundId(),
                Money.of(request.amount().amount(), request.amount().currency()), reason, detail, clock.instant()));
        metrics.rejected(reason);
        return Optional.empty();
    }

    /** A fund's reservations and commitments, in the order they were made. */
    public Page<Reservation> listOf(PooledFund fund, PageRequest page) {
        return reservations.pageOfFund(fund.id, page);
    }
}
