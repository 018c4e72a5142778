package org.jointcommissioning.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;

/**
 * infra/faults: plays each fault against the platform (starting whatever of it is not running), judges it by its
 * invariants, and prints a table of faults, operations, checks and violations. Exits 1 on any violation.
 *
 * <pre>java ... FaultSuite ROOT [--short|--long] [--replicas N] [--seed N] [--only FAULT-CLASS]...</pre>
 */
public final class FaultSuite {

    private FaultSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Options options = Options.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        List<Outcome> outcomes = run(root, Map.of(), options);
        System.exit(outcomes.stream().allMatch(o -> o.violations().isEmpty()) ? 0 : 1);
    }

    /** Runs the suite with these environment overrides for the launcher; the outcomes, already printed. */
    public static List<String> runAndReport(Path root, Map<String, String> env, String... args) throws Exception {
        List<String> violations = new ArrayList<>();
        for (Outcome outcome : run(root, env, Options.parse(args))) {
            outcome.violations().forEach(v -> violations.add(outcome.fault + ": " + v));
        }
        return violations;
    }

    static List<Outcome> run(Path root, Map<String, String> env, Options options) throws Exception {
        Instant started = Instant.now();
        System.out.println("Fault suite, mode " + options.mode() + ", seed " + options.seed() + ", "
                + options.replicas() + " cop" + (options.replicas() == 1 ? "y" : "ies") + " of each service");
        Map<String, String> launcherEnv = new java.util.HashMap<>(env);
        launcherEnv.put("PLATFORM_REPLICAS", String.valueOf(options.replicas()));
        Platform platform = new Platform(root, launcherEnv);
        PostgresAway.cut(platform, false); // whatever an interrupted earlier run left refused
        platform.up();
        Api api = new Api(platform);
        Broker broker = new Broker(platform.kafka());
        Scenario scenario = new Scenario(api, platform);
        System.out.println("Setting up: partners, two funds, " + options.loadLots() + " + " + 2 * options.raceCapacity()
                + " lots with a scored bid each (" + options.bidding().toSeconds() + " s until their deadline) ...");
        scenario.partnersAndFramework();
        String loadFund = scenario.fund("Fault suite load fund", "10000000.00");
        String raceFund = scenario.fund("Fault suite race fund",
                new java.math.BigDecimal(Scenario.LOT_PRICE).multiply(java.math.BigDecimal.valueOf(options.raceCapacity()))
                        .toPlainString());
        CompletableFuture<List<Scenario.Target>> race = CompletableFuture.supplyAsync(() -> {
            try {
                return scenario.targets(raceFund, 2 * options.raceCapacity(), options.bidding());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Scenario.Target> load = scenario.targets(loadFund, options.loadLots(), options.bidding());
        Context context = new Context(options, platform, api, broker, new Invariants(platform, api, broker), loadFund,
                new ConcurrentLinkedQueue<>(load), raceFund, race.join());
        System.out.println("Set up in " + Duration.between(started, Instant.now()).toSeconds() + " s");

        List<Outcome> outcomes = new ArrayList<>();
        for (Fault fault : List.of(new RacingAwards(), new DuplicateAndPoison(), new KillServices(), new KafkaOutage(),
                new CommitThenCrash(), new PostgresAway(), new ReplicaKilled())) {
            if (!options.runs(fault.getClass().getSimpleName())) {
                continue;
            }
            if (!fault.playsWith(options)) {
                System.out.println("\n== " + fault.name() + ": not played with " + options.replicas()
                        + " copy of each service (--replicas 2 plays it)");
                continue;
            }
            Outcome outcome = new Outcome(fault.name());
            outcomes.add(outcome);
            Instant start = Instant.now();
            System.out.println("\n== " + fault.name());
            try {
                fault.run(context, outcome);
            } catch (Exception e) {
                e.printStackTrace(System.out);
                outcome.check(false, "the fault could not be played to its end: " + e);
                PostgresAway.cut(platform, false);
                platform.up();
            }
            System.out.println("   " + Duration.between(start, Instant.now()).toSeconds() + " s, " + outcome.checks()
                    + " checks, " + outcome.violations().size() + " violations");
        }
        System.out.println("\n" + Report.table(options.seed(), options.mode(), options.replicas(), outcomes));
        System.out.println("The suite took " + Duration.between(started, Instant.now()).toSeconds() + " s");
        return outcomes;
    }
}
