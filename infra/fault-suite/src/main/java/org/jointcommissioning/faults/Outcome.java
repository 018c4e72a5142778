package org.jointcommissioning.faults;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** What one fault tried and found: operations sent, invariant checks made, and every violation with its detail. */
final class Outcome {

    final String fault;
    final AtomicLong operations = new AtomicLong();
    private final AtomicLong checks = new AtomicLong();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    Outcome(String fault) {
        this.fault = fault;
    }

    /** One invariant check: holds, or is a violation described by the message. */
    void check(boolean holds, String violation) {
        checks.incrementAndGet();
        if (!holds) {
            violations.add(violation);
            System.out.println("  VIOLATION [" + fault + "] " + violation);
        }
    }

    long checks() {
        return checks.get();
    }

    List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }
}
