package org.jointcommissioning.system;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The request bodies of the access matrix and its fixtures, with names made unique to this run. */
final class AccessData {

    final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger counter = new AtomicInteger();

    String unique(String prefix) {
        return prefix + "-" + run + "-" + counter.incrementAndGet();
    }

    String indicatorCode(String prefix) {
        return "ACC" + run + "-" + prefix + counter.incrementAndGet();
    }

    Map<String, Object> partner(String id, String name, String kind) {
        return Map.of("id", id, "name", name, "kind", kind);
    }

    Map<String, Object> fund(String host, List<String> members) {
        return Map.of(
                "name", unique("Access fund"),
                "purpose", "Prove who may draw on and read a pooled fund",
                "hostPartnerId", host,
                "members", members,
                "financialYear", "2026-27",
                "currency", "GBP",
                "riskShare", Map.of("rule", "proportional"));
    }

    Map<String, Object> contribution(String partnerId, String kind, String amount) {
        return Map.of("partnerId", partnerId, "kind", kind, "date", "2026-04-01", "reference", kind + " " + partnerId,
                "amount", money(amount));
    }

    /** county-award's 90,000.00 commitment on line 'care', paid over three months. */
    Map<String, Object> commitmentPlan() {
        return Map.of("line", "care", "schedule", List.of(Map.of("month", "2026-06", "amount", money("30000.00")),
                Map.of("month", "2026-07", "amount", money("30000.00")),
                Map.of("month", "2026-08", "amount", money("30000.00"))));
    }

    Map<String, Object> payment(String awardId) {
        return Map.of("awardId", awardId, "amount", money("100.00"), "date", "2026-06-01");
    }

    Map<String, Object> framework() {
        return Map.of(
                "name", unique("Access framework"),
                "description", "How the partnership commissions prevention services together",
                "principles", List.of("Outcomes over outputs"),
                "themes", List.of("older-people"),
                "criteria", List.of(
                        Map.of("id", "price", "name", "Price", "kind", "price", "weight", 40),
                        Map.of("id", "quality", "name", "Quality of service", "kind", "quality", "weight", 45),
                        Map.of("id", "social", "name", "Social value", "kind", "social-value", "weight", 15)),
                "reservedLotsAllowed", true,
                "proportionateThreshold", money("100000.00"));
    }

    Map<String, Object> opportunity(String frameworkId, String fundId, Instant clarification, Instant submission) {
        return Map.of(
                "title", unique("Access befriending service"),
                "description", "Volunteer-led befriending for older people",
                "frameworkId", frameworkId,
                "route", "open",
                "lots", List.of(
                        Map.of("id", "lot-1", "title", "Volunteer befriending",
                                "estimatedValue", money("100000.00"), "reservedForVoluntarySector", true),
                        Map.of("id", "lot-2", "title", "Telephone support",
                                "estimatedValue", money("50000.00"), "reservedForVoluntarySector", false)),
                "fundId", fundId,
                "indicators", List.of(),
                "clarificationDeadline", clarification.toString(),
                "submissionDeadline", submission.toString());
    }

    Map<String, Object> organisation(String name, String charityNumber) {
        return Map.of("name", name, "legalForm", "charity", "charityNumber", charityNumber, "size", "small",
                "districtsServed", List.of("Charnwood"), "contactEmail", "bids@" + name.replace(" ", "") + ".org.uk");
    }

    Map<String, Object> bid(String opportunityId, String lotId, String price) {
        return Map.of("opportunityId", opportunityId, "lotId", lotId, "price", money(price), "answers", answers());
    }

    static final String PDF = "application/pdf";

    /** A small file with a PDF's signature, carrying the text. */
    byte[] pdf(String text) {
        return ("%PDF-1.7\n% " + text + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    Map<String, Object> bidChanges(String price) {
        return Map.of("price", money(price), "answers", answers());
    }

    private static List<Map<String, Object>> answers() {
        return List.of(Map.of("criterionId", "quality", "text", "Trained volunteer befrienders."),
                Map.of("criterionId", "social", "text", "Local volunteers recruited."));
    }

    Map<String, Object> scores() {
        return Map.of("scores", Map.of("quality", 70, "social", 60), "comment", "A sound proposal.");
    }

    Map<String, Object> award(String lotId, String bidId, String amount) {
        return Map.of("lotId", lotId, "bidId", bidId, "amount", money(amount));
    }

    Map<String, Object> indicator(String code, String owner, List<String> contributors) {
        return Map.of(
                "code", code, "title", "Older people supported to live at home", "kind", "local",
                "polarity", "higher-is-better", "unit", "per 1,000", "theme", "older-people",
                "ownerPartnership", owner, "contributors", contributors,
                "baseline", Map.of("period", "2025-26", "value", 10),
                "targets", List.of(Map.of("period", "2026-27", "value", 20)));
    }

    Map<String, Object> measurement(String period) {
        return Map.of("period", period, "value", 14, "dataQuality", "provisional", "source", "Adult social care returns");
    }

    Map<String, Object> deliveryPlan() {
        return Map.of("owner", "Health and wellbeing partnership", "actions", List.of(Map.of(
                "title", "Recruit volunteer befrienders", "owner", "Voluntary sector lead", "due", "2026-12-31",
                "status", "in-progress")));
    }

    Map<String, Object> risk(String indicatorCode) {
        return Map.of("title", "Volunteer recruitment falls short", "indicatorCodes", List.of(indicatorCode),
                "likelihood", 3, "impact", 4, "mitigation", "Joint recruitment campaign", "owner", "Programme lead");
    }

    Map<String, Object> riskUpdate(String indicatorCode) {
        Map<String, Object> risk = new java.util.HashMap<>(risk(indicatorCode));
        risk.put("status", "open");
        return risk;
    }

    static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "GBP");
    }

    /** A saved search for the fixtures' own opportunities ("Access befriending service ..."), not the story's. */
    Map<String, Object> alert() {
        return Map.of("name", "Access befriending", "keywords", "access befriending", "themes", List.of("older-people"));
    }
}
