package org.jointcommissioning.contracts.events;

import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.util.List;

/** The money is reserved and the contract is announced. The contract is identified by its award id. */
@Event(type = "commissioning.ContractAwarded.v1", topic = Topics.COMMISSIONING_AWARDS)
public record ContractAwarded(
        String awardId,
        String opportunityId,
        String opportunityTitle,
        String lotId,
        String bidId,
        String ownerOrgId,
        String supplierOrganisationId,
        String supplierName,
        Money amount,
        String fundId,
        List<IndicatorTarget> indicators,
        Instant awardedAt) {
}
