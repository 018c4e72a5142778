package org.jointcommissioning.commissioning.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.config.GrantsConfig;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.domain.OrgId;
import org.jointcommissioning.commissioning.service.Grant;
import org.jointcommissioning.common.web.PublicLinks;

import java.time.ZoneOffset;
import java.util.List;

/** A grant as the 360Giving file states it. */
@ApplicationScoped
class GrantFile {

    @Inject
    GrantsConfig config;

    @Inject
    PublicLinks links;

    GrantPackage.Grant grant(Grant grant) {
        var award = grant.award();
        var opportunity = grant.opportunity();
        String title = opportunity.title + ", lot " + award.lotId;
        return new GrantPackage.Grant(config.prefix() + "-" + award.id, title, opportunity.description,
                award.amount.currency(), award.amount.amount(),
                award.activatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                links.to("/api/opportunities/" + opportunity.id).toString(), "Yes", award.activatedAt(),
                List.of(recipient(grant.application())),
                grant.funders().stream().map(this::funder).toList(),
                locations(grant.application()),
                List.of(new GrantPackage.Programme(grant.programme().id, grant.programme().name)));
    }

    private GrantPackage.Organisation recipient(OpenedBid bid) {
        String id = bid.orgId().map(OrgId::toString).orElse(config.prefix() + "-" + bid.organisationId);
        return new GrantPackage.Organisation(id, bid.organisationName, blankToNull(bid.charityNumber),
                blankToNull(bid.companyNumber));
    }

    private GrantPackage.Organisation funder(Grant.Funder funder) {
        String fallback = config.prefix() + "-" + funder.partnerId();
        return funder.named()
                .map(p -> new GrantPackage.Organisation(p.orgId().map(OrgId::toString).orElse(fallback), p.name, null, null))
                .orElse(new GrantPackage.Organisation(fallback, funder.partnerId(), null, null));
    }

    private static List<GrantPackage.Location> locations(OpenedBid bid) {
        if (bid.districtsServed == null || bid.districtsServed.isEmpty()) {
            return null; // absent, not empty: nothing is known of where the beneficiaries are
        }
        return bid.districtsServed.stream().map(GrantPackage.Location::new).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
