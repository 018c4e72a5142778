package org.jointcommissioning.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * With two copies of every service, one copy of each service in turn killed (kill -9) under load and left down for a
 * while before it is started again: the gateway stops sending to the dead copy, so callers see no failure once the
 * gateway has noticed (its readiness checks run every few seconds), and the other copy carries the work (its
 * consumers take over the dead copy's partitions, its jobs do what the dead copy's would have done).
 */
final class ReplicaKilled implements Fault {

    /** Time the gateway may take to notice a dead copy: a readiness interval and a check's timeout, with margin. */
    static final Duration NOTICE = Duration.ofSeconds(10);

    record Kill(long atSecond, String copy, long downSeconds) {
    }

    /** From when the gateway must know a copy is dead until it is started again: the other copy answers all. */
    record KnownDead(Instant from, Instant until) {
        boolean holds(Instant moment) {
            return !moment.isBefore(from) && !moment.isAfter(until);
        }
    }

    @Override
    public String name() {
        return "one of two copies of each service killed under load";
    }

    @Override
    public boolean playsWith(Options options) {
        return options.replicas() >= 2;
    }

    static List<Kill> schedule(Options options) {
        Random random = new Random(options.seed() ^ 0x7265706cL);
        List<Kill> kills = new ArrayList<>();
        long at = 5;
        for (String service : options.replicaServices()) {
            long down = options.replicaDownMinSeconds()
                    + random.nextInt(options.replicaDownMaxSeconds() - options.replicaDownMinSeconds() + 1);
            kills.add(new Kill(at, service + "-2", down));
            at += down + 10;
        }
        return kills;
    }

    @Override
    public void run(Context context, Outcome outcome) throws Exception {
        Options options = context.options();
        List<Kill> kills = schedule(options);
        long length = kills.get(kills.size() - 1).atSecond() + kills.get(kills.size() - 1).downSeconds() + 15;
        System.out.println("  schedule: load for " + length + " s; " + kills);
        Instant since = Instant.now();
        Load load = new Load(context.api(), context.loadFundId(), context.takeTargets(
                (int) (length / options.awardEvery().toSeconds()) + 2), options.awardEvery(), outcome,
                options.seed() + 3);
        List<KnownDead> knownDead = new ArrayList<>();
        Instant start = Instant.now();
        load.start();
        try {
            for (Kill kill : kills) {
                sleepUntil(start.plusSeconds(kill.atSecond()));
                context.platform().kill9(kill.copy());
                Instant killed = Instant.now();
                System.out.printf("  %4ds kill -9 %s%n", Duration.between(start, killed).toSeconds(), kill.copy());
                sleepUntil(killed.plusSeconds(kill.downSeconds()));
                knownDead.add(new KnownDead(killed.plus(NOTICE), Instant.now()));
                context.platform().up();
                System.out.printf("  %4ds %s started again%n", Duration.between(start, Instant.now()).toSeconds(),
                        kill.copy());
            }
            sleepUntil(start.plusSeconds(length));
        } finally {
            load.stop();
        }
        // Once the gateway knows a copy is dead, and until it is started again, the other copy answers everything.
        for (Load.Write write : List.copyOf(load.writes)) {
            if (knownDead.stream().anyMatch(window -> window.holds(write.answeredAt()))) {
                outcome.check(write.status() > 0 && write.status() < 500, write.kind() + " at " + write.answeredAt()
                        + " answered " + write.status() + " while the other copy was up");
            }
        }
        context.invariants().afterLoad(outcome, load, context.loadFundId(), since);
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        Duration wait = Duration.between(Instant.now(), moment);
        if (!wait.isNegative()) {
            Thread.sleep(wait.toMillis());
        }
    }
}
