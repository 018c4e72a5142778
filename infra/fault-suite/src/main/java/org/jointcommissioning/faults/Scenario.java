package org.jointcommissioning.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the faults work on, made through the API as a partnership would: partners, pooled funds with money received,
 * a framework, and opportunities whose lots each hold one scored bid, ready to be awarded.
 */
final class Scenario {

    static final String LOT_PRICE = "1000.00";
    private static final int LOTS_PER_OPPORTUNITY = 50;

    /** A lot whose one bid is opened and scored: awarding it is one request. */
    record Target(String fundId, String opportunityId, String lotId, String bidId) {
    }

    private final Api api;
    private final Platform platform;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    private String frameworkId;

    Scenario(Api api, Platform platform) {
        this.api = api;
        this.platform = platform;
    }

    void partnersAndFramework() {
        for (String[] p : new String[][]{{"county-council", "Leicestershire County Council", "county-council"},
                {"nhs-trust", "Leicestershire Partnership NHS Trust", "nhs"}}) {
            api.expect(api.post("admin", "/api/partners", Api.json(Map.of("id", p[0], "name", p[1], "kind", p[2])),
                    UUID.randomUUID().toString()), "partner " + p[0], 201, 409);
        }
        api.expect(api.post("bidder-carers", "/api/organisations", Api.json(Map.of("name", "Carers Network",
                "legalForm", "charity", "charityNumber", "1123456", "size", "small",
                "contactEmail", "bids@carersnetwork.org.uk")), UUID.randomUUID().toString()), "organisation", 201, 409);
        frameworkId = api.expect(api.post("admin", "/api/frameworks", Api.json(Map.of(
                "name", "Fault suite framework " + run, "description", "Where the fault suite's opportunities sit",
                "principles", List.of("Outcomes over outputs"), "themes", List.of("older-people"),
                "criteria", List.of(Map.of("id", "price", "name", "Price", "kind", "price", "weight", 40),
                        Map.of("id", "quality", "name", "Quality", "kind", "quality", "weight", 45),
                        Map.of("id", "social", "name", "Social value", "kind", "social-value", "weight", 15)),
                "reservedLotsAllowed", true)), UUID.randomUUID().toString()), "framework", 201).id();
    }

    /** A fund of county and NHS with the given amount received (and pledged) by the county. */
    String fund(String name, String received) {
        String fundId = api.expect(api.post("admin", "/api/funds", Api.json(Map.of(
                "name", name + " " + run, "purpose", "Money the fault suite awards and pays under faults",
                "hostPartnerId", "county-council", "members", List.of("county-council", "nhs-trust"),
                "financialYear", "2026-27", "currency", "GBP", "indicatorCodes", List.of(),
                "riskShare", Map.of("rule", "proportional"))), UUID.randomUUID().toString()), "fund", 201).id();
        for (String kind : List.of("pledge", "receipt")) {
            api.expect(api.post("finance-county", "/api/funds/" + fundId + "/contributions", contribution(kind, received),
                    UUID.randomUUID().toString()), "contribution", 201);
        }
        return fundId;
    }

    static String contribution(String kind, String amount) {
        return Api.json(Map.of("partnerId", "county-council", "kind", kind, "date", "2026-04-15",
                "reference", "faults " + kind, "amount", Map.of("amount", amount, "currency", "GBP")));
    }

    /**
     * Lots with one bid each in opportunities on the fund, whose deadline passes once every bid is in; then each bid
     * is scored, so that each lot can be awarded at once.
     */
    List<Target> targets(String fundId, int lots, Duration bidding) throws Exception {
        Instant deadline = Instant.now().plus(bidding).truncatedTo(ChronoUnit.SECONDS);
        List<String[]> slots = new ArrayList<>();
        for (int first = 0; first < lots; first += LOTS_PER_OPPORTUNITY) {
            int count = Math.min(LOTS_PER_OPPORTUNITY, lots - first);
            String opportunityId = opportunity(fundId, count, deadline);
            for (int lot = 1; lot <= count; lot++) {
                slots.add(new String[]{opportunityId, "lot-" + lot});
            }
        }
        List<Target> targets = parallel(slots, slot -> {
            String bid = Api.json(Map.of("opportunityId", slot[0], "lotId", slot[1],
                    "price", Map.of("amount", LOT_PRICE, "currency", "GBP"),
                    "answers", List.of(Map.of("criterionId", "quality", "text", "Weekly visits by trained volunteers."),
                            Map.of("criterionId", "social", "text", "Local volunteers recruited."))));
            String key = UUID.randomUUID().toString();
            // Bidding learns of the opportunity from commissioning's event: until then it refuses the bid.
            String bidId = api.eventually(() -> api.post("bidder-carers", "/api/bids", bid, key), "bid", 201).id();
            return new Target(fundId, slot[0], slot[1], bidId);
        });
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException("the bids took longer than the " + bidding.toSeconds()
                    + " s before the deadline; give the setup more time");
        }
        String ids = targets.stream().map(t -> "'" + t.opportunityId() + "'").distinct().collect(Collectors.joining(","));
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos() + bidding.toNanos();
        while (platform.count("commissioning", "select count(*) from opened_bid where opportunity_id in (" + ids + ")")
                < targets.size()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("commissioning did not open the bids in time");
            }
            Thread.sleep(1000);
        }
        parallel(targets, t -> api.expect(api.put("commissioner-county", "/api/opportunities/" + t.opportunityId()
                + "/evaluations/" + t.bidId(), Api.json(Map.of("scores", Map.of("quality", 70, "social", 60),
                "comment", "Sound."))), "score", 200));
        return targets;
    }

    private String opportunity(String fundId, int lots, Instant deadline) throws InterruptedException {
        List<Map<String, Object>> lotList = IntStream.rangeClosed(1, lots).mapToObj(i -> Map.<String, Object>of(
                "id", "lot-" + i, "title", "Lot " + i, "estimatedValue", Map.of("amount", LOT_PRICE, "currency", "GBP"),
                "reservedForVoluntarySector", false)).toList();
        String body = Api.json(Map.of("title", "Fault suite befriending " + run,
                "description", "Support for older people living at home", "frameworkId", frameworkId, "route", "open",
                "fundId", fundId, "lots", lotList, "clarificationDeadline", deadline.minusSeconds(1).toString(),
                "submissionDeadline", deadline.toString()));
        String key = UUID.randomUUID().toString();
        // Commissioning learns the fund's members from budgets' event: until then it refuses the fund.
        String id = api.eventually(() -> api.post("commissioner-county", "/api/opportunities", body, key),
                "opportunity", 201).id();
        api.expect(api.post("commissioner-county", "/api/opportunities/" + id + "/publish", null, null), "publish", 200);
        return id;
    }

    /** The body of an award of the target's lot. */
    static String award(Target target) {
        return Api.json(Map.of("lotId", target.lotId(), "bidId", target.bidId(),
                "amount", Map.of("amount", LOT_PRICE, "currency", "GBP")));
    }

    interface Task<T, R> {
        R run(T item) throws Exception;
    }

    static <T, R> List<R> parallel(List<T> items, Task<T, R> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.run(item)));
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
}
