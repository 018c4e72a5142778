package org.jointcommissioning.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How hard the suite pushes: the short mode (./mvnw verify, a few minutes) or the long one (the soak: the issue's
 * durations), with the seed that fixes every schedule.
 */
record Options(String mode, long seed, Duration killLoad, List<String> killServices, int killMinSeconds,
               int killMaxSeconds, Duration kafkaOutage, Duration postgresOutage, int raceCapacity, Duration bidding,
               Duration awardEvery, int replicas, List<String> replicaServices, int replicaDownMinSeconds,
               int replicaDownMaxSeconds, List<String> only) {

    static Options parse(String... args) {
        String mode = "short";
        long seed = System.nanoTime() % 1_000_000;
        Integer replicas = null;
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--short" -> mode = "short";
                case "--long" -> mode = "long";
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--only" -> only.add(args[++i]);
                case "--replicas" -> replicas = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (usage: infra/faults [--short|--long] [--replicas N] [--seed N] [--only FAULT]...)");
            }
        }
        if (mode.equals("long")) {
            return new Options(mode, seed, Duration.ofMinutes(5), Platform.SERVICES, 20, 60, Duration.ofSeconds(60),
                    Duration.ofSeconds(30), 10, Duration.ofSeconds(180), Duration.ofSeconds(5),
                    replicas == null ? 2 : replicas, Platform.SERVICES, 20, 40, only);
        }
        return new Options(mode, seed, Duration.ofSeconds(70), List.of("budgets", "commissioning"), 15, 25,
                Duration.ofSeconds(15), Duration.ofSeconds(10), 3, Duration.ofSeconds(60), Duration.ofSeconds(3),
                replicas == null ? 1 : replicas, List.of("budgets"), 15, 20, only);
    }

    /**
     * Awards the kill fault's load can make (one every awardEvery), plus room for the Kafka, crash and replica
     * faults.
     */
    int loadLots() {
        long replicaLoad = replicaServices.size() * (replicaDownMaxSeconds + 10L) + 20;
        return (int) (killLoad.toSeconds() / awardEvery.toSeconds()) + 10
                + (int) (kafkaOutage.toSeconds() * 2 / awardEvery.toSeconds()) + 10
                + (int) (replicaLoad / awardEvery.toSeconds()) + 2;
    }

    boolean runs(String fault) {
        return only.isEmpty() || only.contains(fault);
    }
}
