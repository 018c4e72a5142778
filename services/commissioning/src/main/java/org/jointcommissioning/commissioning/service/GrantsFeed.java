package org.jointcommissioning.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.Framework;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.Partner;
import org.jointcommissioning.commissioning.domain.Route;
import org.jointcommissioning.commissioning.repository.AwardRepository;
import org.jointcommissioning.commissioning.repository.FrameworkRepository;
import org.jointcommissioning.commissioning.repository.OpenedBidRepository;
import org.jointcommissioning.commissioning.repository.OpportunityRepository;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The grants the partnership has made: every active award of an opportunity on the grant route. A grant is
 * applied for and awarded as a tender is (applications are bids, evaluated and awarded per lot from a pooled
 * fund), and becomes public when its fund has reserved the money, as a contract does in the OCDS feed.
 */
@ApplicationScoped
public class GrantsFeed {

    @Inject
    AwardRepository awards;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    OpenedBidRepository openedBids;

    @Inject
    FundMembers funds;

    @Inject
    PartnerDirectory directory;

    /** Every grant, in the order they were announced, then by award id. */
    public List<Grant> grants() {
        List<Award> active = awards.activeOfRoute(Route.GRANT);
        if (active.isEmpty()) {
            return List.of();
        }
        Map<String, Opportunity> byId = byId(opportunities.list("id in ?1", ids(active, a -> a.opportunityId)),
                o -> o.id);
        Map<String, OpenedBid> bids = byId(openedBids.list("bidId in ?1", ids(active, a -> a.bidId)), b -> b.bidId);
        Map<String, Framework> programmes = byId(frameworks.list("id in ?1",
                ids(byId.values().stream().toList(), o -> o.frameworkId)), f -> f.id);
        return active.stream().map(award -> {
            Opportunity opportunity = byId.get(award.opportunityId);
            return new Grant(award, opportunity, programmes.get(opportunity.frameworkId), bids.get(award.bidId),
                    funders(opportunity));
        }).toList();
    }

    /** The awarding partner, then the partners that have paid into the opportunity's fund. */
    private List<Grant.Funder> funders(Opportunity opportunity) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(opportunity.ownerOrgId);
        ids.addAll(funds.contributorsOf(opportunity.fundId));
        Map<String, Partner> named = directory.named(ids);
        return ids.stream().map(id -> new Grant.Funder(id, Optional.ofNullable(named.get(id)))).toList();
    }

    private static <T> Set<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).collect(Collectors.toSet());
    }

    private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
