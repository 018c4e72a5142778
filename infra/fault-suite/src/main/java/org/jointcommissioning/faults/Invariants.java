package org.jointcommissioning.faults;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The invariants every fault is judged by, read from the services' databases, the API and the broker. */
final class Invariants {

    private final Platform platform;
    private final Api api;
    private final Broker broker;

    Invariants(Platform platform, Api api, Broker broker) {
        this.platform = platform;
        this.api = api;
        this.broker = broker;
    }

    /** Every journal entry balances (debits = credits), so every fund does; no fund's available money is negative. */
    void money(Outcome outcome, List<String> fundIds) throws Exception {
        for (String fundId : fundIds) {
            String unbalanced = platform.sql("budgets", "select count(*) from (select l.entry_id from journal_line l"
                    + " join journal_entry e on e.id = l.entry_id where e.fund_id = '" + fundId + "'"
                    + " group by l.entry_id having sum(l.debit) <> sum(l.credit)) x");
            outcome.check(unbalanced.equals("0"), "fund " + fundId + ": " + unbalanced + " journal entries do not balance");
            String totals = platform.sql("budgets", "select coalesce(sum(l.debit), 0) || ' ' || coalesce(sum(l.credit), 0)"
                    + " from journal_line l join journal_entry e on e.id = l.entry_id where e.fund_id = '" + fundId + "'");
            String[] sums = totals.split(" ");
            outcome.check(new BigDecimal(sums[0]).compareTo(new BigDecimal(sums[1])) == 0,
                    "fund " + fundId + ": debits " + sums[0] + " but credits " + sums[1]);
            Api.Answer statement = api.get("auditor", "/api/funds/" + fundId + "/statement");
            outcome.check(statement.status() == 200, "fund " + fundId + ": statement answered " + statement.status());
            for (String figure : List.of("availableToCommit", "cashBalance", "reserved", "committed")) {
                String amount = statement.body().path(figure).path("amount").asText("0");
                outcome.check(new BigDecimal(amount).signum() >= 0, "fund " + fundId + ": " + figure + " is " + amount);
            }
        }
    }

    /**
     * Everything a fault under load is judged by: unanswered writes retried, acknowledged ones present, awards
     * settled, the fund's money sound, every event delivered in order, no 500.
     */
    void afterLoad(Outcome outcome, Load load, String fundId, Instant since) throws Exception {
        retries(outcome, load).stream().filter(Load.Write::acknowledged).forEach(load.writes::add);
        acknowledgedWritesPresent(outcome, load);
        awardsSettled(outcome, fundId, Duration.ofSeconds(120));
        money(outcome, List.of(fundId));
        eventsDelivered(outcome, since, Duration.ofSeconds(60));
        noInternalErrors(outcome, load.statuses);
        System.out.println("  answers by status: " + load.statuses);
    }

    /** Every write the platform acknowledged is there, under the id it answered with. */
    void acknowledgedWritesPresent(Outcome outcome, Load load) throws Exception {
        presence(outcome, "budgets", "contribution", load.acknowledged("contribution"));
        presence(outcome, "budgets", "payment", load.acknowledged("payment"));
        presence(outcome, "commissioning", "award", load.acknowledged("award"));
    }

    private void presence(Outcome outcome, String service, String table, List<Load.Write> writes) throws Exception {
        if (writes.isEmpty()) {
            return;
        }
        Set<String> ids = writes.stream().map(Load.Write::id).collect(Collectors.toSet());
        Set<String> found = new HashSet<>(List.of(platform.sql(service, "select id from " + table + " where id in ("
                + ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")").split("\n")));
        for (String id : ids) {
            outcome.check(found.contains(id), "acknowledged " + table + " " + id + " is missing");
        }
    }

    /**
     * A write that got no answer or a 5xx is sent again with its key and body, as a client would: the retry must get
     * a definite answer (never a 5xx), and an acknowledged retry counts as an acknowledged write.
     */
    List<Load.Write> retries(Outcome outcome, Load load) {
        List<Load.Write> retried = new ArrayList<>();
        for (Load.Write write : load.unanswered()) {
            Api.Answer answer = api.post(write.user(), write.path(), write.body(), write.key());
            outcome.operations.incrementAndGet();
            outcome.check(answer.status() > 0 && answer.status() < 500, "retry of " + write.kind() + " (key " + write.key()
                    + ") answered " + answer.status() + ": " + answer.text());
            retried.add(new Load.Write(write.kind(), write.path(), write.user(), write.key(), write.body(),
                    answer.status(), answer.ok() ? answer.id() : null, Instant.now()));
        }
        return retried;
    }

    /**
     * Every award of the fund leaves pending-funding and then its standstill in time (the suite's platform runs
     * short standstills), and its status agrees with the fund: active with a committed reservation, funding-failed
     * with none or a released one.
     */
    void awardsSettled(Outcome outcome, String fundId, Duration within) throws Exception {
        // The fund learns of each decision by event, after commissioning has made it: wait for both to agree.
        Instant start = Instant.now();
        Instant end = start.plus(within).plus(platform.standstill);
        Map<String, String> awards;
        Map<String, String> reservations;
        do {
            Thread.sleep(1000);
            awards = rows("commissioning", "select id, status from award where fund_id = '" + fundId + "'");
            reservations = rows("budgets", "select award_id, status from reservation where fund_id = '" + fundId + "'");
            // A platform started before the suite keeps its own standstill: the awards' own ends say how long to wait.
            Instant lastStandstillEnd = latestStandstillEnd(fundId).plus(within);
            end = lastStandstillEnd.isAfter(end) ? lastStandstillEnd : end;
        } while (!settled(awards, reservations) && Instant.now().isBefore(end));
        long waited = Duration.between(start, Instant.now()).toSeconds();
        for (var award : awards.entrySet()) {
            String reservation = reservations.get(award.getKey());
            switch (award.getValue()) {
                case "active" -> outcome.check("committed".equals(reservation),
                        "award " + award.getKey() + " is active but its reservation is " + reservation);
                case "funding-failed" -> outcome.check(reservation == null || "released".equals(reservation),
                        "award " + award.getKey() + " failed for funding but its reservation is " + reservation);
                case "cancelled" -> outcome.check(true, "");
                default -> outcome.check(false, "award " + award.getKey() + " is still " + award.getValue()
                        + " after " + waited + " s");
            }
        }
        String duplicates = platform.sql("budgets", "select count(*) from (select cause from journal_entry e where fund_id = '"
                + fundId + "' and exists (select 1 from journal_line l where l.entry_id = e.id)"
                + " group by cause, cause_id having count(*) > 1) x");
        outcome.check(duplicates.equals("0"), "fund " + fundId + ": " + duplicates + " movements were journalled twice");
    }

    /** The end of the last standstill of the fund's awards (the epoch when none has begun). */
    private Instant latestStandstillEnd(String fundId) throws Exception {
        String seconds = platform.sql("commissioning", "select coalesce(extract(epoch from max(standstill_ends_at)), 0)"
                + "::bigint from award where fund_id = '" + fundId + "'");
        return Instant.ofEpochSecond(Long.parseLong(seconds.trim()));
    }

    private static boolean settled(Map<String, String> awards, Map<String, String> reservations) {
        return awards.entrySet().stream().allMatch(award -> switch (award.getValue()) {
            case "active" -> "committed".equals(reservations.get(award.getKey()));
            case "funding-failed", "cancelled" -> !"reserved".equals(reservations.get(award.getKey()));
            default -> false;
        });
    }

    /** No answer was a 500: a dependency that is away is a 502, 503 or 504, never an unexpected failure. */
    void noInternalErrors(Outcome outcome, Map<Integer, Integer> statuses) {
        outcome.check(!statuses.containsKey(500), statuses.getOrDefault(500, 0) + " answers were 500 " + statuses);
    }

    /**
     * Every event the services wrote to their outboxes since the given moment is sent, arrives on its topic, and
     * its first arrivals keep the order in which it was written for its key (a resend may repeat an event, never
     * reorder it).
     */
    void eventsDelivered(Outcome outcome, Instant since, Duration within) throws Exception {
        Instant end = Instant.now().plus(within);
        for (String service : Platform.SERVICES) {
            String pending = "select count(*) from outbox where sent_at is null and occurred_at >= '" + since + "'";
            while (platform.count(service, pending) > 0 && Instant.now().isBefore(end)) {
                Thread.sleep(1000);
            }
            outcome.check(platform.count(service, pending) == 0, service + ": events still unsent after "
                    + within.toSeconds() + " s");
            Map<String, List<String[]>> byTopic = new LinkedHashMap<>();
            for (String line : platform.sql(service, "select topic, message_key, id from outbox where occurred_at >= '"
                    + since + "' order by position").split("\n")) {
                if (!line.isBlank()) {
                    String[] row = line.split("\\|");
                    byTopic.computeIfAbsent(row[0], t -> new ArrayList<>()).add(row);
                }
            }
            for (var topic : byTopic.entrySet()) {
                order(outcome, topic.getKey(), topic.getValue());
            }
        }
    }

    private void order(Outcome outcome, String topic, List<String[]> written) {
        Map<String, List<String>> arrived = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Broker.Event event : broker.readAll(topic)) {
            if (event.id() != null && seen.add(event.id())) {
                arrived.computeIfAbsent(event.key(), k -> new ArrayList<>()).add(event.id());
            }
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String[] row : written) {
            expected.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[2]);
        }
        for (var key : expected.entrySet()) {
            List<String> onTopic = arrived.getOrDefault(key.getKey(), List.of()).stream()
                    .filter(key.getValue()::contains).toList();
            outcome.check(onTopic.equals(key.getValue()), topic + " key " + key.getKey() + ": written " + key.getValue()
                    + " but arrived " + onTopic);
        }
    }

    private Map<String, String> rows(String service, String sql) throws Exception {
        Map<String, String> rows = new HashMap<>();
        for (String line : platform.sql(service, sql).split("\n")) {
            if (!line.isBlank()) {
                String[] row = line.split("\\|");
                rows.put(row[0], row.length > 1 ? row[1] : null);
            }
        }
        return rows;
    }
}
