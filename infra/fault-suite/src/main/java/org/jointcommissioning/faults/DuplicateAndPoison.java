package org.jointcommissioning.faults;

import org.jointcommissioning.contracts.events.Topics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * On every topic, the newest event sent again exactly as it was (a duplicate), and a poison event (a record no
 * consumer can read). Each consumer applies nothing twice (its inbox gains no row and the funds' figures do not
 * move), sends the poison to its dead-letter topic with the reason, and moves on past both (no lag left).
 */
final class DuplicateAndPoison implements Fault {

    static final List<String> TOPICS = List.of(Topics.COMMISSIONING_OPPORTUNITIES, Topics.COMMISSIONING_AWARDS,
            Topics.BIDDING_BIDS, Topics.BUDGETS_FUNDS, Topics.OUTCOMES_INDICATORS);

    @Override
    public String name() {
        return "duplicated and poison event on every topic";
    }

    @Override
    public void run(Context context, Outcome outcome) throws Exception {
        Broker broker = context.broker();
        Platform platform = context.platform();
        System.out.println("  schedule: on each of " + TOPICS + " the newest event again, then a poison event");
        Map<String, Long> inboxBefore = inboxes(platform);
        String statementBefore = statement(context);
        Map<String, String> poisonKeys = new HashMap<>();
        for (String topic : TOPICS) {
            List<Broker.Event> events = broker.readAll(topic);
            String type = "unknown";
            if (!events.isEmpty()) {
                Broker.Event newest = events.get(events.size() - 1);
                broker.send(topic, newest.key(), newest.headers(), newest.value());
                outcome.operations.incrementAndGet();
                type = newest.headers().getOrDefault("ce_type", type);
            }
            String key = "poison-" + UUID.randomUUID();
            poisonKeys.put(topic, key);
            broker.send(topic, key, Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                    "ce_type", type, "ce_source", "fault-suite", "ce_time", Instant.now().toString(),
                    "content-type", "application/json"), "{\"this is\": not json");
            outcome.operations.incrementAndGet();
        }
        for (String topic : TOPICS) {
            List<String> groups = broker.groupsReading(topic, Platform.SERVICES);
            for (String group : groups) {
                Instant end = Instant.now().plusSeconds(60);
                long lag;
                while ((lag = broker.lag(group, topic)) > 0 && Instant.now().isBefore(end)) {
                    Thread.sleep(500);
                }
                outcome.check(lag == 0, group + " did not move on past the poison on " + topic + " (lag " + lag + ")");
                List<Broker.Event> dead = broker.readAll(group + ".dead-letter").stream()
                        .filter(e -> poisonKeys.get(topic).equals(e.key())).toList();
                outcome.check(dead.size() == 1, group + ".dead-letter holds " + dead.size() + " copies of the poison from "
                        + topic);
                outcome.check(dead.stream().allMatch(e -> !e.headers().getOrDefault("dead-letter-reason", "").isBlank()),
                        group + ".dead-letter has the poison from " + topic + " without a reason");
            }
            System.out.println("  " + topic + ": read by " + groups);
        }
        Map<String, Long> inboxAfter = inboxes(platform);
        outcome.check(inboxAfter.equals(inboxBefore), "consumers applied a duplicate or a poison: inbox rows "
                + inboxBefore + " became " + inboxAfter);
        outcome.check(statement(context).equals(statementBefore), "the load fund's statement moved on duplicates");
        context.invariants().money(outcome, List.of(context.loadFundId()));
    }

    private static Map<String, Long> inboxes(Platform platform) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        for (String service : Platform.SERVICES) {
            counts.put(service, platform.count(service, "select count(*) from inbox"));
        }
        return counts;
    }

    private static String statement(Context context) {
        return context.api().get("auditor", "/api/funds/" + context.loadFundId() + "/statement").text();
    }
}
