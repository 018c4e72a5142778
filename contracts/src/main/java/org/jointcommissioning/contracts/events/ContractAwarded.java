package org.jointcommissioning.contracts.events;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import org.jointcommissioning.contracts.money.Money;

import java.time.Instant;
import java.util.List;

/** The money is reserved and the contract is announced. The contract is identified by its award id. */
@JsonClassDescription("The fund has reserved the money; the contract is announced. The award id identifies the contract.")
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
