package org.jointcommissioning.commissioning.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jointcommissioning.commissioning.domain.Award;
import org.jointcommissioning.commissioning.domain.AwardChallenge;
import org.jointcommissioning.commissioning.domain.AwardStatus;
import org.jointcommissioning.commissioning.domain.Lot;
import org.jointcommissioning.commissioning.domain.OpenedBid;
import org.jointcommissioning.commissioning.domain.Opportunity;
import org.jointcommissioning.commissioning.domain.OpportunityStatus;
import org.jointcommissioning.commissioning.domain.OrgId;
import org.jointcommissioning.commissioning.domain.Partner;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one OCDS 1.1 release (with the lots extension) from an opportunity as it stands. Sealed data never
 * goes in before the deadline: tenderers appear only once the opportunity has closed, and only announced
 * awards (money reserved, decision notified) appear at all: pending during their standstill, active once the
 * contract is entered into, which alone has a contract. Challenges to an award appear in the core schema, as the
 * award's documents of type {@code complaints} (the complaints and review extensions are not in use here). Parties
 * carry their names and, where known, their organisation identifiers (a partner's own, a bidder's charity or
 * company number).
 */
final class OcdsReleaseBuilder {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String ocid;
    private final Opportunity opportunity;
    private final Map<String, ObjectNode> parties = new LinkedHashMap<>();
    private final Map<String, Partner> partners;

    /** {@code partners}: the named partners among the buyer and funders; others are named by their ids. */
    OcdsReleaseBuilder(String ocidPrefix, Opportunity opportunity, Map<String, Partner> partners) {
        this.ocid = ocidPrefix + opportunity.id;
        this.opportunity = opportunity;
        this.partners = partners;
    }

    String ocid() {
        return ocid;
    }

    ObjectNode build(String releaseId, Instant date, List<String> tags, List<String> funders,
                     List<OpenedBid> bids, List<Award> awards, Set<String> awardedLots,
                     Map<String, List<AwardChallenge>> challenges) {
        ObjectNode release = JSON.objectNode();
        release.put("ocid", ocid);
        release.put("id", releaseId);
        release.put("date", date.toString());
        ArrayNode tagNode = release.putArray("tag");
        tags.forEach(tagNode::add);
        release.put("initiationType", "tender");
        release.put("language", "en");
        release.set("buyer", partner(opportunity.ownerOrgId, "buyer"));
        funders.forEach(partner -> partner(partner, "funder"));
        ObjectNode tender = tender(awardedLots);
        if (opportunity.isPastDeadline()) {
            ArrayNode tenderers = tender.putArray("tenderers");
            Set<String> seen = new java.util.HashSet<>();
            for (OpenedBid bid : bids) {
                if (seen.add(bid.organisationId)) {
                    tenderers.add(party(bid.organisationId, bid.organisationName, bid.orgId(), "tenderer"));
                }
            }
            tender.put("numberOfTenderers", seen.size());
        }
        release.set("tender", tender);
        List<Award> announced = awards.stream().filter(Award::wasAnnounced).toList();
        if (!announced.isEmpty()) {
            ArrayNode awardNodes = release.putArray("awards");
            for (Award award : announced) {
                OpenedBid bid = bids.stream().filter(b -> b.bidId.equals(award.bidId)).findFirst().orElseThrow();
                awardNodes.add(award(award, bid, challenges.getOrDefault(award.id, List.of())));
            }
        }
        List<Award> contracted = awards.stream().filter(Award::wasContracted).toList();
        if (!contracted.isEmpty()) {
            ArrayNode contractNodes = release.putArray("contracts");
            contracted.forEach(award -> contractNodes.add(contract(award)));
        }
        ArrayNode partyNodes = release.putArray("parties");
        parties.values().forEach(partyNodes::add);
        return release;
    }

    private ObjectNode tender(Set<String> awardedLots) {
        ObjectNode tender = JSON.objectNode();
        tender.put("id", opportunity.id);
        tender.put("title", opportunity.title);
        tender.put("description", opportunity.description);
        tender.put("status", tenderStatus());
        tender.set("value", value(opportunity.estimatedValue, "GBP"));
        tender.put("procurementMethod", switch (opportunity.route) {
            case OPEN, GRANT -> "open";
            case SELECTIVE -> "selective";
        });
        tender.put("procurementMethodDetails", opportunity.route.toString());
        tender.put("mainProcurementCategory", "services");
        tender.set("tenderPeriod", period(opportunity.publishedAt(), opportunity.submissionDeadline));
        tender.set("enquiryPeriod", period(opportunity.publishedAt(), opportunity.clarificationDeadline));
        tender.put("hasEnquiries", false);
        ArrayNode lots = tender.putArray("lots");
        for (Lot lot : opportunity.lots) {
            ObjectNode node = lots.addObject();
            node.put("id", lot.id());
            node.put("title", lot.title());
            node.put("status", lotStatus(lot, awardedLots));
            node.set("value", value(lot.estimatedValue().amount(), lot.estimatedValue().currency()));
        }
        return tender;
    }

    /** An awarded lot is complete; once the opportunity is awarded, a lot left without an award is unsuccessful. */
    private String lotStatus(Lot lot, Set<String> awardedLots) {
        if (awardedLots.contains(lot.id())) {
            return "complete";
        }
        return opportunity.status() == OpportunityStatus.AWARDED
                ? "unsuccessful" : tenderStatus();
    }

    private String tenderStatus() {
        return switch (opportunity.status()) {
            case DRAFT -> "planning";
            case PUBLISHED, CLOSED -> "active";
            case AWARDED -> "complete";
            case UNSUCCESSFUL -> "unsuccessful";
            case CANCELLED -> "cancelled";
        };
    }

    private ObjectNode award(Award award, OpenedBid bid, List<AwardChallenge> challenges) {
        ObjectNode node = JSON.objectNode();
        node.put("id", award.id);
        node.put("title", opportunity.title + ", lot " + award.lotId);
        node.put("description", award.standstillEndsAt().isAfter(award.standstillStartedAt())
                ? "Award decision notified on " + award.standstillStartedAt() + "; standstill: the contract may not "
                        + "be entered into before " + award.standstillEndsAt() + "."
                : "Award decision notified on " + award.standstillStartedAt() + ", without a standstill.");
        node.put("status", switch (award.status()) {
            case ACTIVE -> "active";
            case CANCELLED -> "cancelled";
            default -> "pending";
        });
        node.put("date", award.standstillStartedAt().toString());
        node.set("value", value(award.amount.amount(), award.amount.currency()));
        node.putArray("suppliers").add(party(bid.organisationId, bid.organisationName, bid.orgId(), "supplier"));
        node.putArray("relatedLots").add(award.lotId);
        if (!challenges.isEmpty()) {
            ArrayNode documents = node.putArray("documents");
            challenges.forEach(challenge -> documents.add(challengeDocument(challenge)));
        }
        return node;
    }

    /** A challenge, without the challenger's name or grounds: that it was brought, when, and how it was answered. */
    private static ObjectNode challengeDocument(AwardChallenge challenge) {
        ObjectNode node = JSON.objectNode();
        node.put("id", "challenge-" + challenge.id);
        node.put("documentType", "complaints");
        node.put("title", "Challenge to the award decision");
        String brought = "An unsuccessful bidder challenged the award decision on " + challenge.challengedAt + ".";
        node.put("description", switch (challenge.status()) {
            case OPEN -> brought + " The award is suspended until the contracting authority answers.";
            case UPHELD -> brought + " Upheld on " + challenge.answeredAt() + ": the award is cancelled and the "
                    + "evaluation reopened.";
            case DISMISSED -> brought + " Dismissed on " + challenge.answeredAt() + ": the standstill resumed.";
        });
        node.put("datePublished", challenge.challengedAt.toString());
        if (challenge.answeredAt() != null) {
            node.put("dateModified", challenge.answeredAt().toString());
        }
        node.put("language", "en");
        return node;
    }

    private ObjectNode contract(Award award) {
        ObjectNode node = JSON.objectNode();
        node.put("id", award.id);
        node.put("awardID", award.id);
        node.put("title", opportunity.title + ", lot " + award.lotId);
        node.put("status", award.status() == AwardStatus.ACTIVE ? "active" : "cancelled");
        node.set("value", value(award.amount.amount(), award.amount.currency()));
        node.put("dateSigned", award.activatedAt().toString());
        return node;
    }

    private ObjectNode partner(String id, String role) {
        Partner partner = partners.get(id);
        return partner == null ? party(id, id, Optional.empty(), role)
                : party(id, partner.name, partner.orgId(), role);
    }

    /** Adds the role to the party (creating it) and answers a reference to it. */
    private ObjectNode party(String id, String name, Optional<OrgId> orgId, String role) {
        ObjectNode party = parties.computeIfAbsent(id, key -> {
            ObjectNode node = JSON.objectNode();
            node.put("id", id);
            node.put("name", name);
            orgId.ifPresent(org -> node.putObject("identifier").put("scheme", org.scheme()).put("id", org.id())
                    .put("legalName", name));
            node.putArray("roles");
            return node;
        });
        ArrayNode roles = (ArrayNode) party.get("roles");
        if (!contains(roles, role)) {
            roles.add(role);
        }
        ObjectNode reference = JSON.objectNode();
        reference.put("id", id);
        reference.put("name", party.get("name").asText());
        return reference;
    }

    private static boolean contains(ArrayNode array, String value) {
        for (var node : array) {
            if (value.equals(node.asText())) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode value(BigDecimal amount, String currency) {
        ObjectNode value = JSON.objectNode();
        value.put("amount", amount);
        value.put("currency", currency);
        return value;
    }

    private static ObjectNode period(Instant start, Instant end) {
        ObjectNode period = JSON.objectNode();
        if (start != null) {
            period.put("startDate", start.toString());
        }
        period.put("endDate", end.toString());
        return period;
    }
}
