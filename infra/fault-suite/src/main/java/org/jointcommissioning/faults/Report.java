package org.jointcommissioning.faults;

import java.util.List;

/** The table the suite ends with: one row per fault, then the violations in full. */
final class Report {

    private Report() {
    }

    static String table(long seed, String mode, List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        out.append("Fault suite, mode ").append(mode).append(", seed ").append(seed)
                .append(" (replay: infra/faults --").append(mode).append(" --seed ").append(seed).append(")\n\n");
        out.append(String.format("| %-44s | %10s | %16s | %10s |%n", "fault", "operations", "invariant checks", "violations"));
        out.append(String.format("|%s|%s|%s|%s|%n", "-".repeat(46), "-".repeat(12), "-".repeat(18), "-".repeat(12)));
        long operations = 0;
        long checks = 0;
        long violations = 0;
        for (Outcome o : outcomes) {
            out.append(String.format("| %-44s | %10d | %16d | %10d |%n", o.fault, o.operations.get(), o.checks(),
                    o.violations().size()));
            operations += o.operations.get();
            checks += o.checks();
            violations += o.violations().size();
        }
        out.append(String.format("| %-44s | %10d | %16d | %10d |%n", "total", operations, checks, violations));
        for (Outcome o : outcomes) {
            for (String violation : o.violations()) {
                out.append("\nviolation [").append(o.fault).append("] ").append(violation);
            }
        }
        return out.append('\n').toString();
    }
}
