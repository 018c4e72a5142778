package org.jointcommissioning.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * kill -9 of each service in turn, every 20–60 s (seeded), while contributions, awards and payments run; each killed
 * service is started again by infra/platform up. Afterwards: the ledger balances, no available money is negative,
 * every acknowledged write is there, every unanswered write retried completes, and every award is settled.
 */
final class KillServices implements Fault {

    record Kill(long atSecond, String service) {
    }

    @Override
    public String name() {
        return "kill -9 of each service in turn under load";
    }

    static List<Kill> schedule(Options options) {
        Random random = new Random(options.seed() ^ 0x6b696c6cL);
        List<Kill> kills = new ArrayList<>();
        long at = 0;
        int turn = 0;
        while (true) {
            at += options.killMinSeconds() + random.nextInt(options.killMaxSeconds() - options.killMinSeconds() + 1);
            if (at >= options.killLoad().toSeconds()) {
                return kills;
            }
            kills.add(new Kill(at, options.killServices().get(turn++ % options.killServices().size())));
        }
    }

    @Override
    public void run(Context context, Outcome outcome) throws Exception {
        Options options = context.options();
        List<Kill> kills = schedule(options);
        System.out.println("  schedule: load for " + options.killLoad().toSeconds() + " s; kill -9 at " + kills);
        Instant since = Instant.now();
        Load load = new Load(context.api(), context.loadFundId(), context.takeTargets(
                (int) (options.killLoad().toSeconds() / options.awardEvery().toSeconds()) + 5), options.awardEvery(),
                outcome, options.seed());
        Instant start = Instant.now();
        load.start();
        try {
            for (Kill kill : kills) {
                Duration wait = Duration.between(Instant.now(), start.plusSeconds(kill.atSecond()));
                if (!wait.isNegative()) {
                    Thread.sleep(wait.toMillis());
                }
                long pid = context.platform().pid(kill.service());
                context.platform().kill9(kill.service());
                System.out.printf("  %4ds kill -9 %s (pid %d)%n", Duration.between(start, Instant.now()).toSeconds(),
                        kill.service(), pid);
                context.platform().up();
                System.out.printf("  %4ds %s started again%n", Duration.between(start, Instant.now()).toSeconds(),
                        kill.service());
            }
            Duration rest = Duration.between(Instant.now(), start.plus(options.killLoad()));
            if (!rest.isNegative()) {
                Thread.sleep(rest.toMillis());
            }
        } finally {
            load.stop();
        }
        context.invariants().afterLoad(outcome, load, context.loadFundId(), since);
    }
}
