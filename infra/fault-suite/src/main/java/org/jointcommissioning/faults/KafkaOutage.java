package org.jointcommissioning.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The broker stopped (infra/platform stop kafka) for a while under load, then started again: writes keep succeeding
 * because the outboxes hold the events; afterwards every event arrives, in order per key, each applied once.
 */
final class KafkaOutage implements Fault {

    @Override
    public String name() {
        return "Kafka stopped under load";
    }

    @Override
    public void run(Context context, Outcome outcome) throws Exception {
        Options options = context.options();
        long outage = options.kafkaOutage().toSeconds();
        long stopAt = 5 + new Random(options.seed() ^ 0x6b61666bL).nextInt(6);
        System.out.println("  schedule: load for " + (stopAt + outage + 10) + " s; broker stopped at " + stopAt
                + " s for " + outage + " s");
        Instant since = Instant.now();
        Load load = new Load(context.api(), context.loadFundId(), context.takeTargets(
                (int) ((stopAt + outage + 10) / options.awardEvery().toSeconds()) + 2), options.awardEvery(), outcome,
                options.seed() + 1);
        load.start();
        int writesBefore;
        try {
            Thread.sleep(stopAt * 1000);
            context.platform().launcher("stop", "kafka");
            System.out.println("  broker stopped");
            writesBefore = load.writes.size();
            Thread.sleep(outage * 1000);
        } finally {
            try {
                context.platform().up();
                System.out.println("  broker started again");
                Thread.sleep(10_000);
            } finally {
                load.stop();
            }
        }
        List<Load.Write> during = load.writes.subList(writesBefore, load.writes.size()).stream()
                .filter(w -> !w.kind().equals("payment")).toList();
        long acknowledged = during.stream().filter(Load.Write::acknowledged).count();
        // Payments may be refused while the awards they draw on wait for the fund's answer; the rest must succeed.
        outcome.check(acknowledged == during.size(), (during.size() - acknowledged) + " of " + during.size()
                + " contributions and awards sent while the broker was away (or right after) were not acknowledged");
        Invariants invariants = context.invariants();
        invariants.retries(outcome, load).stream().filter(Load.Write::acknowledged).forEach(load.writes::add);
        invariants.acknowledgedWritesPresent(outcome, load);
        invariants.eventsDelivered(outcome, since, Duration.ofSeconds(90));
        invariants.awardsSettled(outcome, context.loadFundId(), Duration.ofSeconds(120));
        invariants.money(outcome, List.of(context.loadFundId()));
        invariants.noInternalErrors(outcome, load.statuses);
        System.out.println("  answers by status: " + load.statuses);
    }
}
