package org.jointcommissioning.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service killed between its database commit and its Kafka send, both ways round:
 * <ol>
 * <li>committed, not yet sent: awards are made while the broker is stopped, so their events wait in commissioning's
 * outbox when it is killed -9;</li>
 * <li>sent, not yet marked sent: events of awards made just before, already on Kafka, are marked unsent again after
 * the kill, as a crash before the mark's commit leaves them; the restarted relay sends them a second time.</li>
 * </ol>
 * Either way each event arrives after the restart, and its effect (the fund's reservation) happens once.
 */
final class CommitThenCrash implements Fault {

    @Override
    public String name() {
        return "service killed between DB commit and Kafka send";
    }

    @Override
    public void run(Context context, Outcome outcome) throws Exception {
        Platform platform = context.platform();
        Api api = context.api();
        Invariants invariants = context.invariants();
        System.out.println("  schedule: 3 awards sent to Kafka, then the broker stopped and 3 more awards; kill -9"
                + " commissioning, the first 3 events marked unsent again; broker and commissioning started again");
        Instant since = Instant.now();

        List<String> resent = award(context, outcome, 3);
        String sent = "select count(*) from outbox where sent_at is not null and subject in (" + quoted(resent) + ")";
        Instant end = Instant.now().plusSeconds(60);
        while (platform.count("commissioning", sent) < resent.size() && Instant.now().isBefore(end)) {
            Thread.sleep(200);
        }
        platform.launcher("stop", "kafka");
        List<String> held = award(context, outcome, 3);
        long pending = platform.count("commissioning", "select count(*) from outbox where sent_at is null and subject in ("
                + quoted(held) + ")");
        outcome.check(pending >= held.size(), "the awards' events were not waiting in the outbox (" + pending + ")");
        platform.kill9("commissioning");
        long unmarked = Long.parseLong(platform.sql("commissioning", "with u as (update outbox set sent_at = null where"
                + " subject in (" + quoted(resent) + ") returning 1) select count(*) from u"));
        platform.up();
        System.out.println("  killed with " + pending + " events committed but not sent and " + unmarked
                + " sent but not marked; broker and commissioning started again");

        invariants.eventsDelivered(outcome, since, Duration.ofSeconds(60));
        invariants.awardsSettled(outcome, context.loadFundId(), Duration.ofSeconds(90));
        for (String awardId : java.util.stream.Stream.concat(held.stream(), resent.stream()).toList()) {
            outcome.check(platform.count("budgets", "select count(*) from reservation where award_id = '" + awardId + "'") == 1,
                    "award " + awardId + " has no reservation, or more than one");
        }
        invariants.money(outcome, List.of(context.loadFundId()));
    }

    private static List<String> award(Context context, Outcome outcome, int count) {
        return context.takeTargets(count).stream().map(target -> {
            Api.Answer answer = context.api().post("commissioner-county", "/api/opportunities/" + target.opportunityId()
                    + "/awards", Scenario.award(target), UUID.randomUUID().toString());
            outcome.operations.incrementAndGet();
            outcome.check(answer.status() == 202, "an award answered " + answer.status() + ": " + answer.text());
            return answer.id();
        }).toList();
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + "," + b).orElse("''");
    }
}
