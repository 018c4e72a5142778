package org.jointcommissioning.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The bench's data set. What a person would make one at a time goes through the API as they would (partners, a
 * pooled fund with money, indicators, a framework, bidders and their organisations, opportunities with 50 lots, bids,
 * scores). The many opportunities that only the reads need are copied in bulk by SQL from one published through the
 * API (sql/opportunities.sql), rows of the same shape the service writes, with their OCDS releases.
 */
final class DataSet {

    static final int LOTS = 50;
    static final String PRICE = "1000.00";

    private final Platform platform;
    private final Api api;
    private final Path sqlDir;
    String fundId;
    String frameworkId;
    String templateId;
    final List<String> bidders = new ArrayList<>();

    DataSet(Platform platform, Api api, Path sqlDir) {
        this.platform = platform;
        this.api = api;
        this.sqlDir = sqlDir;
    }

    /** Partners, a fund with £50m received, two indicators with measurements, a framework, a template opportunity. */
    void base() throws Exception {
        for (String[] p : new String[][]{{"county-council", "County Council", "county-council"},
                {"nhs-trust", "NHS Trust", "nhs"}, {"district-council", "District Council", "district-council"}}) {
            api.expect("admin", "POST", "budgets", "/api/partners", """
                    {"id": "%s", "name": "%s", "kind": "%s"}""".formatted(p[0], p[1], p[2]), 201, 409);
        }
        fundId = api.expect("admin", "POST", "budgets", "/api/funds", """
                {"name": "Bench pooled fund %s", "purpose": "Money for the bench's awards",
                 "hostPartnerId": "county-council", "members": ["county-council", "nhs-trust", "district-council"],
                 "financialYear": "2026-27", "currency": "GBP", "indicatorCodes": [],
                 "riskShare": {"rule": "fixed", "shares": {"county-council": 50, "nhs-trust": 40, "district-council": 10}}}
                """.formatted(Instant.now()), 201).id();
        for (String kind : List.of("pledge", "receipt")) {
            api.expect("finance-county", "POST", "budgets", "/api/funds/" + fundId + "/contributions", """
                    {"partnerId": "county-council", "kind": "%s", "amount": {"amount": "50000000.00", "currency": "GBP"},
                     "date": "2026-04-01", "reference": "bench %s"}""".formatted(kind, kind), 201);
        }
        for (String code : List.of("BENCH-A", "BENCH-B")) {
            if (api.call("admin", "GET", "outcomes", "/api/indicators/" + code, null).status() == 404) {
                api.expect("admin", "POST", "outcomes", "/api/indicators", """
                        {"code": "%s", "title": "Bench indicator %s", "kind": "local", "polarity": "higher-is-better",
                         "unit": "percent", "theme": "older-people", "ownerPartnership": "county-council",
                         "baseline": {"period": "2025-26", "value": 50}, "targets": [{"period": "2026-27", "value": 60}]}"""
                        .formatted(code, code), 201);
                for (String quarter : List.of("Q1", "Q2")) {
                    api.expect("performance-county", "POST", "outcomes", "/api/indicators/" + code + "/measurements", """
                            {"period": "2026-27-%s", "value": 55, "dataQuality": "validated", "source": "bench"}"""
                            .formatted(quarter), 201);
                }
            }
        }
        frameworkId = api.expect("admin", "POST", "commissioning", "/api/frameworks", """
                {"name": "Bench framework", "description": "The bench's framework",
                 "principles": ["Commission for outcomes"], "themes": ["older-people"],
                 "criteria": [{"id": "price", "name": "Price", "kind": "price", "weight": 40},
                              {"id": "quality", "name": "Quality", "kind": "quality", "weight": 45},
                              {"id": "social-value", "name": "Social value", "kind": "social-value", "weight": 15}],
                 "reservedLotsAllowed": true, "standstillWorkingDays": 0}""", 201).id();
        Instant far = Instant.now().plus(400, ChronoUnit.DAYS);
        templateId = opportunity("Community befriending service", 1, far);
    }

    /** A published opportunity with some lots of £1,000 each, whose deadline is the given instant. */
    String opportunity(String title, int lots, Instant deadline) throws Exception {
        String lotList = java.util.stream.IntStream.rangeClosed(1, lots).mapToObj(i -> """
                {"id": "lot-%d", "title": "Lot %d", "estimatedValue": {"amount": "%s", "currency": "GBP"},
                 "reservedForVoluntarySector": false}""".formatted(i, i, PRICE)).collect(Collectors.joining(","));
        Instant truncated = deadline.truncatedTo(ChronoUnit.SECONDS);
        // Commissioning learns the fund's members from budgets' event: until then it refuses the fund (400).
        String id = api.eventually("commissioner-county", "POST", "commissioning", "/api/opportunities", """
                {"title": "%s", "description": "Support for older people living at home in the district", "frameworkId": "%s",
                 "route": "open", "fundId": "%s", "lots": [%s],
                 "clarificationDeadline": "%s", "submissionDeadline": "%s"}""".formatted(title, frameworkId, fundId,
                lotList, truncated.minusSeconds(1), truncated), 201).id();
        api.expect("commissioner-county", "POST", "commissioning", "/api/opportunities/" + id + "/publish", null, 200);
        return id;
    }

    /** The bench's bidders in Keycloak and their organisations in bidding, each with a token minted now. */
    void bidders(int count) throws Exception {
        String admin = api.keycloakAdminToken();
        for (int i = 1; i <= count; i++) {
            bidders.add("bench-bidder-" + i);
        }
        parallel(bidders, bidder -> {
            api.ensureBidder(admin, bidder, bidder.replace("bidder", "org"));
            api.token(bidder);
            api.expect(bidder, "POST", "bidding", "/api/organisations", """
                    {"name": "Bench organisation %s", "legalForm": "charity", "charityNumber": "1%06d", "size": "small",
                     "contactEmail": "bids@example.org"}""".formatted(bidder, bidders.indexOf(bidder)), 201, 409);
            return null;
        });
    }

    /** Opportunities of 50 lots open for a long time, and every (bidder, opportunity, lot) once, bidders interleaved. */
    List<String> bidTargets(int bids) throws Exception {
        int opportunities = (int) Math.ceil(bids / (double) (bidders.size() * LOTS));
        Instant far = Instant.now().plus(400, ChronoUnit.DAYS);
        List<String> ids = parallel(Collections.nCopies(opportunities, "Bench bid target"), t -> opportunity(t, LOTS, far));
        awaitInBidding(ids);
        List<String> rows = new ArrayList<>(List.of("bidder\topportunityId\tlotId\tprice"));
        for (int lot = 1; lot <= LOTS; lot++) {
            for (String opportunity : ids) {
                for (String bidder : bidders) {
                    rows.add(bidder + "\t" + opportunity + "\tlot-" + lot + "\t" + PRICE);
                }
            }
        }
        return rows;
    }

    record AwardTarget(String opportunityId, String lotId, String bidId) {
    }

    /**
     * Opportunities whose deadline comes soon, with one bid on each lot; after the deadline {@link #score} scores
     * them and they can be awarded.
     */
    List<AwardTarget> awardTargets(int awards, Instant deadline) throws Exception {
        int opportunities = (int) Math.ceil(awards / (double) LOTS);
        List<String> ids = parallel(Collections.nCopies(opportunities, "Bench award target"),
                t -> opportunity(t, LOTS, deadline));
        awaitInBidding(ids);
        List<String[]> slots = new ArrayList<>();
        for (String opportunity : ids) {
            for (int lot = 1; lot <= LOTS; lot++) {
                slots.add(new String[]{opportunity, "lot-" + lot, bidders.get(lot % bidders.size())});
            }
        }
        return parallel(slots.subList(0, awards), slot -> {
            String bidId = api.expect(slot[2], "POST", "bidding", "/api/bids", """
                    {"opportunityId": "%s", "lotId": "%s", "price": {"amount": "%s", "currency": "GBP"},
                     "answers": [{"criterionId": "quality", "text": "Weekly visits."},
                                 {"criterionId": "social-value", "text": "Local volunteers."}]}"""
                    .formatted(slot[0], slot[1], PRICE), 201).id();
            return new AwardTarget(slot[0], slot[1], bidId);
        });
    }

    /** Once commissioning has opened the bids (after the deadline), each is scored by the owner's commissioner. */
    void score(List<AwardTarget> targets) throws Exception {
        String ids = targets.stream().map(t -> "'" + t.opportunityId() + "'").distinct().collect(Collectors.joining(","));
        long end = System.nanoTime() + 180_000_000_000L;
        while (Long.parseLong(platform.sql("commissioning", "select count(*) from opened_bid where opportunity_id in ("
                + ids + ")")) < targets.size()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("commissioning did not open the award targets' bids in 3 minutes");
            }
            Thread.sleep(500);
        }
        parallel(targets, t -> api.expect("commissioner-county", "PUT", "commissioning", "/api/opportunities/"
                + t.opportunityId() + "/evaluations/" + t.bidId(), """
                {"scores": {"quality": 70, "social-value": 60}, "comment": "Sound."}""", 200));
    }

    private void awaitInBidding(List<String> ids) throws Exception {
        String list = ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        long end = System.nanoTime() + 60_000_000_000L;
        while (Long.parseLong(platform.sql("bidding", "select count(*) from opportunity where id in (" + list + ")"))
                < ids.size()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("bidding did not learn of the opportunities in 60 s");
            }
            Thread.sleep(250);
        }
    }

    /** Copies the template opportunity (and its OCDS releases) until there are {@code total} public opportunities. */
    long bulkOpportunities(long total) throws Exception {
        long now = Long.parseLong(platform.sql("commissioning",
                "select count(*) from opportunity where status in ('published', 'closed', 'awarded')"));
        if (now >= total) {
            return 0;
        }
        platform.sqlFile("commissioning", sqlDir.resolve("opportunities.sql"), Map.of("template", templateId,
                "first", Long.toString(Long.parseLong(platform.sql("commissioning",
                        "select count(*) from opportunity where title like 'Bench copy %'")) + 1),
                "count", Long.toString(total - now)));
        return total - now;
    }

    /** The cursor of the feed's given page (1-based), found by reading the feed page after page, as a client would. */
    String ocdsCursor(int page) throws Exception {
        String cursor = null;
        for (int p = 1; p < page; p++) {
            Api.Answer answer = api.expect(null, "GET", "commissioning", "/api/ocds/releases?limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor), null, 200);
            if (answer.body().path("next").isNull() || answer.body().path("next").isMissingNode()) {
                return cursor;
            }
            cursor = answer.body().path("next").asText();
        }
        return cursor;
    }

    interface Task<T, R> {
        R run(T item) throws Exception;
    }

    /** The task for each item, 16 at a time; the results in the items' order. */
    static <T, R> List<R> parallel(List<T> items, Task<T, R> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                Callable<R> call = () -> task.run(item);
                futures.add(pool.submit(call));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static void write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
    }
}
