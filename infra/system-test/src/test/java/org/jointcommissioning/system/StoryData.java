package org.jointcommissioning.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The request bodies of the story, and the names it makes unique to this run (the platform may hold older runs). */
final class StoryData {

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String keyword = "befriending" + run;
    final String hospitalIndicator = "SYS" + run + "-DTOC";
    final String volunteeringIndicator = "SYS" + run + "-VOL";

    Map<String, Object> partner(String id, String name, String kind) {
        return Map.of("id", id, "name", name, "kind", kind);
    }

    Map<String, Object> fund() {
        return Map.of(
                "name", "Older people's independence fund " + run,
                "purpose", "Help older people live independently: fewer delayed transfers of care, more volunteering",
                "hostPartnerId", "county-council",
                "members", List.of("county-council", "nhs-trust"),
                "financialYear", "2026-27",
                "currency", "GBP",
                "indicatorCodes", List.of(hospitalIndicator, volunteeringIndicator),
                "riskShare", Map.of("rule", "proportional"));
    }

    Map<String, Object> framework() {
        return Map.of(
                "name", "Prevention and early help framework " + run,
                "description", "How the partnership commissions prevention services together",
                "principles", List.of("Outcomes over outputs", "Equal terms for the voluntary sector"),
                "themes", List.of("older-people"),
                "criteria", List.of(
                        Map.of("id", "price", "name", "Price", "kind", "price", "weight", 40),
                        Map.of("id", "quality", "name", "Quality of service", "kind", "quality", "weight", 45),
                        Map.of("id", "social", "name", "Social value", "kind", "social-value", "weight", 15)),
                "reservedLotsAllowed", true,
                "proportionateThreshold", Map.of("amount", "100000.00", "currency", "GBP"));
    }

    Map<String, Object> indicator(String code, String title, String polarity, int baseline, int target) {
        return Map.of(
                "code", code, "title", title, "kind", "negotiated", "polarity", polarity, "unit", "per 100,000",
                "theme", "older-people", "ownerPartnership", "county-council",
                "baseline", Map.of("period", "2025-26", "value", baseline),
                "targets", List.of(Map.of("period", "2026-27", "value", target)));
    }

    Map<String, Object> contribution(String partnerId, String kind, String date) {
        return Map.of("partnerId", partnerId, "kind", kind, "date", date, "reference", kind + " " + partnerId,
                "amount", Map.of("amount", "500000.00", "currency", "GBP"));
    }

    Map<String, Object> opportunity(String frameworkId, String fundId, Instant clarification, Instant submission) {
        return Map.of(
                "title", "Community " + keyword + " service for older people",
                "description", "Volunteer-led " + keyword + " that helps older people home from hospital",
                "frameworkId", frameworkId,
                "route", "open",
                "lots", List.of(
                        Map.of("id", "lot-1", "title", "Volunteer " + keyword + " (reserved for the voluntary sector)",
                                "estimatedValue", Map.of("amount", "300000.00", "currency", "GBP"),
                                "reservedForVoluntarySector", true),
                        Map.of("id", "lot-2", "title", "Telephone support",
                                "estimatedValue", Map.of("amount", "100000.00", "currency", "GBP"),
                                "reservedForVoluntarySector", false)),
                "fundId", fundId,
                "indicators", List.of(
                        Map.of("code", hospitalIndicator, "expectedImprovement", 4),
                        Map.of("code", volunteeringIndicator, "expectedImprovement", 10)),
                "clarificationDeadline", clarification.toString(),
                "submissionDeadline", submission.toString());
    }

    Map<String, Object> organisation(String name, String charityNumber) {
        return Map.of("name", name, "legalForm", "charity", "charityNumber", charityNumber, "size", "small",
                "districtsServed", List.of("Charnwood", "Melton"), "contactEmail", contactEmail(name));
    }

    /** Where an organisation's mail goes: the contact address of its profile. */
    String contactEmail(String name) {
        return "bids@" + name.replace(" ", "") + ".org.uk";
    }

    /** A saved search for this run's befriending work in the older people's theme, with a reserved lot. */
    Map<String, Object> savedSearch() {
        return Map.of("name", "Befriending", "keywords", keyword, "themes", List.of("older-people"),
                "minValue", Map.of("amount", "100000.00", "currency", "GBP"), "reservedLotsOnly", true);
    }

    Map<String, Object> bid(String opportunityId, String organisation, String price) {
        return Map.of(
                "opportunityId", opportunityId,
                "lotId", "lot-1",
                "price", Map.of("amount", price, "currency", "GBP"),
                "answers", List.of(
                        Map.of("criterionId", "quality", "text", organisation + " runs trained volunteer befrienders."),
                        Map.of("criterionId", "social", "text", organisation + " recruits local volunteers.")),
                "socialValue", List.of(Map.of("description", "Local volunteers recruited", "measure", "people",
                        "quantity", 40)),
                "indicatorContributions", List.of(Map.of("code", volunteeringIndicator, "expectedImprovement", 8)));
    }
}
