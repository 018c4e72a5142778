package org.jointcommissioning.budgets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.budgets.domain.Movement;
import org.jointcommissioning.budgets.domain.PooledFund;
import org.jointcommissioning.common.identity.Caller;
import org.jointcommissioning.common.outbox.EventPublisher;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.FundMembershipChanged;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The members of a fund as a request names them, and the record of every change: a note in the fund's ledger
 * (who changed what to what) and {@code FundMembershipChanged}, from which other services learn who may draw on
 * the fund.
 */
@ApplicationScoped
public class FundMembers {

    /** At most this many members, the host included. */
    public static final int MAX = 50;

    @Inject
    PartnerService partners;

    @Inject
    Ledger ledger;

    @Inject
    EventPublisher events;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The members a request names: unique partners that exist, with the host added when it is not named. */
    public Set<String> requested(List<String> members, String hostPartnerId) {
        if (new HashSet<>(members).size() != members.size()) {
            throw ProblemException.invalidField("members", "must not name a partner twice");
        }
        members.forEach(id -> partners.named("members", id));
        Set<String> all = new TreeSet<>(members);
        all.add(hostPartnerId);
        if (all.size() > MAX) {
            throw ProblemException.invalidField("members", "at most " + MAX + " partners, the host included");
        }
        return all;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(PooledFund fund) {
        record(fund, Movement.FUND_OPENED, "Fund opened by " + caller.name() + " with members " + names(fund.members()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(PooledFund fund, Set<String> before) {
        record(fund, Movement.MEMBERSHIP_CHANGED, "Members changed by " + caller.name() + " from " + names(before)
                + " to " + names(fund.members()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(PooledFund fund) {
        record(fund, Movement.FUND_CLOSED, "Fund closed by " + caller.name() + "; its members stay "
                + names(fund.members()));
    }

    private void record(PooledFund fund, Movement cause, String description) {
        ledger.note(fund.id, cause, description);
        List<String> members = fund.memberList();
        List<FundMembershipChanged.Partner> named = members.stream().map(partners::get)
                .map(p -> new FundMembershipChanged.Partner(p.id, p.name, p.identifier)).toList();
        events.publish(fund.id, new FundMembershipChanged(fund.id, fund.hostPartnerId, fund.isOpen(), members, named,
                clock.instant()));
    }

    private static String names(Set<String> members) {
        return String.join(", ", new TreeSet<>(members));
    }
}
