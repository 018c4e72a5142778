package org.jointcommissioning.faults;

import java.util.List;

/** The table the suite ends with: one row per fault, then the violations in full. */
final class Report {

    private Report() {
    }

    static String table(long seed, String mode, int replicas, List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        out.append("Fault suite, mode ").append(mode).append(", seed ").append(seed)
                .append(", ").append(replicas).append(" cop" + (replicas == 1 ? "y" : "ies") + " of each service (replay: infra/faults --").append(mode)
                .append(" --replicas ").append(replicas).append(" --seed ").append(seed).append(")\n\n");
        int width = Math.max(5, outcomes.stream().mapToInt(o -> o.fault.length()).max().orElse(0));
        String row = "| %-" + width + "s | %10s | %16s | %10s |%n";
        out.append(String.format(row, "fault", "operations", "invariant checks", "violations"));
        out.append(String.format("|%s|%s|%s|%s|%n", "-".repeat(width + 2), "-".repeat(12), "-".repeat(18), "-".repeat(12)));
        long operations = 0;
        long checks = 0;
        long violations = 0;
        for (Outcome o : outcomes) {
            out.append(String.format(row, o.fault, o.operations.get(), o.checks(), o.violations().size()));
            operations += o.operations.get();
            checks += o.checks();
            violations += o.violations().size();
        }
        out.append(String.format(row, "total", operations, checks, violations));
        for (Outcome o : outcomes) {
            for (String violation : o.violations()) {
                out.append("\nviolation [").append(o.fault).append("] ").append(violation);
            }
        }
        return out.append('\n').toString();
    }
}
