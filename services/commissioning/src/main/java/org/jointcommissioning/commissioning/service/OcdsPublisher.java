package org.jointcommissioning.commissioning.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jointcommissioning.commissioning.config.OcdsConfig;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardChallenge;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.OcdsRelease;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.repository.AwardChallengeRepository;
import org.jointcommissioning.commissioning.repository.AwardRepository;
import org.jointcommissioning.commissioning.repository.OcdsReleaseRepository;
import org.jointcommissioning.commissioning.repository.OpenedBidRepository;
import org.jointcommissioning.common.json.EventJson;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes an OCDS release for each public change of an opportunity, in the transaction of that change. */
@ApplicationScoped
public class OcdsPublisher {

    @Inject
    OpenedBidRepository openedBids;

    @Inject
    AwardRepository awardRows;

    @Inject
    OcdsReleaseRepository releases;

    @Inject
    AwardChallengeRepository challenges;

    @Inject
    OcdsConfig config;

    @Inject
    FundMembers funds;

    @Inject
    PartnerDirectory directory;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Opportunity opportunity, String... tags) {
        List<String> funders = funds.contributorsOf(opportunity.fundId);
        Set<String> partnerIds = new HashSet<>(funders);
        partnerIds.add(opportunity.ownerOrgId);
        OcdsReleaseBuilder builder = new OcdsReleaseBuilder(config.ocidPrefix(), opportunity,
                directory.named(partnerIds));
        Instant now = clock.instant();
        String releaseId = builder.ocid() + "-" + UUID.randomUUID();
        List<Award> awards = awardRows.ofOpportunity(opportunity.id);
        Set<String> awardedLots = awards.stream().filter(a -> a.status() == AwardStatus.ACTIVE).map(a -> a.lotId)
                .collect(Collectors.toSet());
        List<OpenedBid> bids = opportunity.isPastDeadline() ? openedBids.ofOpportunity(opportunity.id) : List.of();
        Map<String, List<AwardChallenge>> found = challenges.ofAwards(
                awards.stream().filter(Award::wasAnnounced).map(a -> a.id).toList());
        Map<String, List<AwardChallenge>> challengesByAward = awards.stream().filter(Award::wasAnnounced)
                .collect(Collectors.toMap(a -> a.id, a -> found.getOrDefault(a.id, List.of())));
        var body = builder.build(releaseId, now, List.of(tags), funders, bids, awards, awardedLots, challengesByAward);
        OcdsRelease release = new OcdsRelease();
        release.releaseId = releaseId;
        release.opportunityId = opportunity.id;
        release.releasedAt = now;
        try {
            release.body = EventJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write OCDS release", e);
        }
        releases.persist(release);
    }
}
