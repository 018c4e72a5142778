package org.jointcommissioning.faults;

import java.util.List;

/** What every fault works with: the platform, its API and broker, the invariants, and the data set up for them. */
record Context(Options options, Platform platform, Api api, Broker broker, Invariants invariants, String loadFundId,
               java.util.Queue<Scenario.Target> loadTargets, String raceFundId, List<Scenario.Target> raceTargets) {

    /** The next lots of the load fund, for one fault's load. */
    List<Scenario.Target> takeTargets(int count) {
        List<Scenario.Target> taken = new java.util.ArrayList<>();
        for (int i = 0; i < count && !loadTargets.isEmpty(); i++) {
            taken.add(loadTargets.poll());
        }
        return taken;
    }
}
