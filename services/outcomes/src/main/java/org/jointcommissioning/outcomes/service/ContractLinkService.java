package org.jointcommissioning.outcomes.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointcommissioning.contracts.events.AwardCancelled;
import org.jointcommissioning.contracts.events.ContractAwarded;
import org.jointcommissioning.contracts.events.IndicatorTarget;
import org.jointcommissioning.contracts.events.PaymentRecorded;
import org.jointcommissioning.outcomes.domain.Contract;
import org.jointcommissioning.outcomes.domain.ContractIndicator;
import org.jointcommissioning.outcomes.domain.Decimals;
import org.jointcommissioning.outcomes.domain.Indicator;
import org.jointcommissioning.outcomes.repository.ContractRepository;
import org.jointcommissioning.outcomes.repository.IndicatorRepository;

/**
 * Links announced contracts to the indicators they serve (those their commissioning partner owns or contributes
 * to) and adds up what is paid on them from their fund. Called once per
 * event by the consumers (their inbox drops redeliveries); each step is also safe to repeat on its own.
 */
@ApplicationScoped
public class ContractLinkService {

    private static final Logger LOG = Logger.getLogger(ContractLinkService.class);

    @Inject
    ContractRepository contracts;

    @Inject
    IndicatorRepository indicators;

    @Transactional(Transactional.TxType.MANDATORY)
    public void awarded(ContractAwarded event) {
        if (contracts.findById(event.awardId()) != null) {
            return; // announced before under another event id
        }
        Contract contract = new Contract();
        contract.awardId = event.awardId();
        contract.opportunityId = event.opportunityId();
        contract.opportunityTitle = event.opportunityTitle();
        contract.ownerOrgId = event.ownerOrgId();
        contract.supplierOrganisationId = event.supplierOrganisationId();
        contract.supplierName = event.supplierName();
        contract.amount = Decimals.money(event.amount().amount());
        contract.currency = event.amount().currency();
        contract.fundId = event.fundId();
        contract.awardedAt = event.awardedAt();
        if (event.indicators() != null) {
            for (IndicatorTarget target : event.indicators()) {
                if (contract.indicators.stream().noneMatch(i -> i.indicatorCode.equals(target.code()))
                        && mayServe(event, target.code())) {
                    contract.indicators.add(new ContractIndicator(target.code(), Decimals.stored(target.expectedImprovement())));
                }
            }
        }
        contracts.persist(contract);
    }

    /**
     * A contract counts towards an indicator only when its commissioning partner owns the indicator or
     * contributes to it: another partner's spend must not change someone else's cost per point.
     */
    private boolean mayServe(ContractAwarded event, String code) {
        Indicator indicator = indicators.findById(code);
        if (indicator == null) {
            LOG.warnf("Award %s names indicator %s, which does not exist here: not linked", event.awardId(), code);
            return false;
        }
        if (!indicator.hasPart(event.ownerOrgId())) {
            LOG.warnf("Award %s of %s names indicator %s, which %s neither owns nor contributes to: not linked",
                    event.awardId(), event.ownerOrgId(), code, event.ownerOrgId());
            return false;
        }
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelled(AwardCancelled event) {
        Contract contract = contracts.findById(event.awardId());
        if (contract == null) {
            LOG.debugf("Award %s cancelled before any contract was announced: nothing to unlink", event.awardId());
            return;
        }
        if (contract.cancelledAt == null) {
            contract.cancelledAt = event.cancelledAt();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paid(PaymentRecorded event) {
        // Kept even when the contract is not known (yet): the two topics are not ordered with each other.
        contracts.recordPayment(event.paymentId(), event.awardId(), event.fundId(),
                Decimals.money(event.amount().amount()), event.amount().currency(), event.date(), event.recordedAt());
    }
}
