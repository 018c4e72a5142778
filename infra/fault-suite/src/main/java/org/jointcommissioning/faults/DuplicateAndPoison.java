package org.jointcommissioning.faults;

import org.jointcommissioning.contracts.events.Topics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * On every topic: the newest event sent again exactly as it was (a duplicate), and two poison events: a record that
 * is no CloudEvent at all, and one of the newest event's type whose data cannot be read. Every consumer group reading
 * the topic moves past all three (no lag), applies the duplicate once (the funds' figures do not move, one inbox row
 * per event), puts the first poison on its dead-letter topic with the reason, and the second there too unless the
 * type is not its own (then it records it as ignored, as it does every event of another's type).
 */
final class DuplicateAndPoison implements Fault {

    static final List<String> TOPICS = List.of(Topics.COMMISSIONING_OPPORTUNITIES, Topics.COMMISSIONING_AWARDS,
            Topics.BIDDING_BIDS, Topics.BUDGETS_FUNDS, Topics.OUTCOMES_INDICATORS);

    private record Injected(String topic, String duplicateId, String notCloudEventKey, String badDataKey, String badDataId) {
    }

    @Override
    public String name() {
        return "duplicated and poison event on every topic";
    }

    @Override
    public void run(Context context, Outcome outcome) throws Exception {
        Broker broker = context.broker();
        Platform platform = context.platform();
        System.out.println("  schedule: on each of " + TOPICS + " the newest event again, then two poison events");
        Map<String, List<String>> readers = new HashMap<>();
        for (String topic : TOPICS) {
            readers.put(topic, broker.groupsReading(topic, Platform.SERVICES));
            for (String group : readers.get(topic)) {
                caughtUp(broker, group, topic, outcome, "before the injection");
            }
        }
        String statementBefore = statement(context);
        List<Injected> injected = new ArrayList<>();
        for (String topic : TOPICS) {
            // The last event a service wrote (an earlier run's poison on the same topic is no one's event to repeat).
            List<Broker.Event> events = broker.readAll(topic).stream()
                    .filter(e -> e.id() != null && !"fault-suite".equals(e.headers().get("ce_source"))).toList();
            String duplicateId = null;
            String type = "fault-suite.Unknown.v1";
            if (!events.isEmpty()) {
                Broker.Event newest = events.get(events.size() - 1);
                broker.send(topic, newest.key(), newest.headers(), newest.value());
                outcome.operations.incrementAndGet();
                duplicateId = newest.id();
                type = newest.headers().getOrDefault("ce_type", type);
            }
            String notCloudEvent = "poison-" + UUID.randomUUID();
            broker.send(topic, notCloudEvent, Map.of("content-type", "application/json"), "{\"poison\": true}");
            String badData = "poison-" + UUID.randomUUID();
            String badDataId = UUID.randomUUID().toString();
            broker.send(topic, badData, Map.of("ce_specversion", "1.0", "ce_id", badDataId, "ce_type", type,
                    "ce_source", "fault-suite", "ce_subject", badData, "ce_time", Instant.now().toString(),
                    "content-type", "application/json"), "{\"this is\": not json");
            outcome.operations.addAndGet(2);
            injected.add(new Injected(topic, duplicateId, notCloudEvent, badData, badDataId));
        }
        for (Injected i : injected) {
            for (String group : readers.get(i.topic())) {
                caughtUp(broker, group, i.topic(), outcome, "past the poison");
                List<Broker.Event> dead = broker.readAll(group + ".dead-letter");
                deadLettered(outcome, group, i.topic(), dead, i.notCloudEventKey(), "a record that is no CloudEvent");
                boolean ignored = platform.count(group, "select count(*) from inbox where event_id = '" + i.badDataId() + "'") == 1;
                if (!ignored) {
                    deadLettered(outcome, group, i.topic(), dead, i.badDataKey(), "an event with unreadable data");
                } else {
                    outcome.check(dead.stream().noneMatch(e -> i.badDataKey().equals(e.key())), group + " both ignored and"
                            + " dead-lettered the unreadable event from " + i.topic());
                }
                if (i.duplicateId() != null) {
                    long rows = platform.count(group, "select count(*) from inbox where event_id = '" + i.duplicateId() + "'");
                    outcome.check(rows == 1, group + " has " + rows + " inbox rows for the duplicated event " + i.duplicateId()
                            + " from " + i.topic());
                }
            }
            System.out.println("  " + i.topic() + ": read by " + readers.get(i.topic())
                    + (i.duplicateId() == null ? " (empty: nothing to duplicate)" : ""));
        }
        outcome.check(statement(context).equals(statementBefore), "the load fund's statement moved on duplicates");
        context.invariants().money(outcome, List.of(context.loadFundId()));
    }

    private static void caughtUp(Broker broker, String group, String topic, Outcome outcome, String when) throws Exception {
        Instant end = Instant.now().plusSeconds(90);
        long lag;
        while ((lag = broker.lag(group, topic)) > 0 && Instant.now().isBefore(end)) {
            Thread.sleep(500);
        }
        outcome.check(lag == 0, group + " did not get " + when + " on " + topic + " (lag " + lag + ")");
    }

    private static void deadLettered(Outcome outcome, String group, String topic, List<Broker.Event> dead, String key,
                                     String what) {
        List<Broker.Event> copies = dead.stream().filter(e -> key.equals(e.key())).toList();
        outcome.check(copies.size() == 1, group + ".dead-letter holds " + copies.size() + " copies of " + what + " from "
                + topic);
        outcome.check(copies.stream().allMatch(e -> !e.headers().getOrDefault("dead-letter-reason", "").isBlank()),
                group + ".dead-letter has " + what + " from " + topic + " without a reason");
    }

    private static String statement(Context context) {
        return context.api().get("auditor", "/api/funds/" + context.loadFundId() + "/statement").text();
    }
}
