package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.commissioning.domain.FundMembership;
import org.jointcommissioning.commissioning.repository.FundMembershipRepository;
import org.jointcommissioning.common.problem.Problem;
import org.jointcommissioning.common.problem.ProblemException;
import org.jointcommissioning.contracts.events.ContributionRecorded;
import org.jointcommissioning.contracts.events.FundMembershipChanged;

import java.util.List;
import java.util.Optional;

/**
 * Who may draw on which pooled fund: a partner that is a member of an open fund. Learnt from the budgets service;
 * a fund commissioning has not heard of is treated as one the partner may not draw on.
 */
@ApplicationScoped
public class FundMembers {

    @Inject
    FundMembershipRepository memberships;

    @Inject
    PartnerDirectory directory;

    private static final Logger LOG = Logger.getLogger(FundMembers.class);

    /** Keeps the fund as the event describes it, unless a later change is already kept, and its members' names. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(FundMembershipChanged changed) {
        directory.learn(changed.partners(), changed.changedAt());
        FundMembership fund = memberships.findById(changed.fundId());
        boolean known = fund != null;
        if (!known) {
            fund = new FundMembership();
            fund.fundId = changed.fundId();
        } else if (changed.changedAt().isBefore(fund.changedAt)) {
            LOG.infof("Ignoring the membership of fund %s as of %s: already kept as of %s", changed.fundId(),
                    changed.changedAt(), fund.changedAt);
            return;
        }
        fund.hostPartnerId = changed.hostPartnerId();
        fund.open = changed.open();
        fund.members = List.copyOf(changed.members());
        fund.changedAt = changed.changedAt();
        if (!known) {
            memberships.persist(fund);
        }
    }

    /**
     * Why the partner may not name the fund, if it may not. One message whether the fund is unknown, closed or
     * not the partner's, so that a partner learns nothing of funds it is not a member of.
     */
    public Optional<Problem.FieldError> refusal(String fundId, String partnerId) {
        FundMembership fund = fundId == null ? null : memberships.findById(fundId);
        if (fund != null && fund.admits(partnerId)) {
            return Optional.empty();
        }
        return Optional.of(new Problem.FieldError("fundId",
                "no open fund " + fundId + " in which " + partnerId + " is a member"));
    }

    /** 400 naming {@code fundId} unless the partner may draw on the fund. */
    public void requireDrawable(String fundId, String partnerId) {
        refusal(fundId, partnerId).ifPresent(error -> {
            throw ProblemException.invalidFields(List.of(error));
        });
    }

    /** 409 unless the partner may still draw on the fund it named: the fund may have closed, or the partner left. */
    public void requireStillDrawable(String fundId, String partnerId) {
        refusal(fundId, partnerId).ifPresent(error -> {
            throw ProblemException.conflict("The opportunity's fund cannot pay for an award now: " + error.message());
        });
    }

    /** The partners that pay into a fund are its funders in the open-data feed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contributed(ContributionRecorded contribution) {
        memberships.rememberContributor(contribution.fundId(), contribution.partnerId());
    }

    /** The partners that have paid into the fund, in id order. */
    public List<String> contributorsOf(String fundId) {
        return memberships.contributorsOf(fundId);
    }
}
