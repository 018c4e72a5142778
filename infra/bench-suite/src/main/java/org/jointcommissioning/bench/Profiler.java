package org.jointcommissioning.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JFR recording of one service during a load (jcmd JFR.start with the profile settings), and where its CPU samples
 * fall: the share of samples whose stack passes through each layer (a sample may count in several), the hottest
 * methods, and the hottest of the service's own methods (the innermost project frame of each sample), which says
 * which endpoint code the time is spent under.
 */
final class Profiler {

    /** Layers by the frames that belong to them. */
    static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("PostgreSQL driver (JDBC, socket I/O)", List.of("org.postgresql."));
        LAYERS.put("Hibernate ORM (queries, entity loading, flush)", List.of("org.hibernate."));
        LAYERS.put("Agroal pool / Narayana transactions", List.of("io.agroal.", "com.arjuna."));
        LAYERS.put("JSON writing and reading (Jackson)", List.of("com.fasterxml.jackson."));
        LAYERS.put("Security (OIDC, JWT, roles)", List.of("io.quarkus.oidc.", "io.smallrye.jwt.", "org.jose4j.",
                "io.quarkus.security."));
        LAYERS.put("Bean Validation (Hibernate Validator)", List.of("org.hibernate.validator."));
        LAYERS.put("Logging (JBoss LogManager, MDC)", List.of("org.jboss.logmanager.", "org.jboss.logging."));
        LAYERS.put("Metrics and tracing (Micrometer, OpenTelemetry)", List.of("io.micrometer.",
                "io.opentelemetry.", "io.quarkus.opentelemetry.", "io.quarkus.micrometer."));
        LAYERS.put("Vert.x / Netty (HTTP)", List.of("io.vertx.", "io.netty."));
        LAYERS.put("RESTEasy Reactive", List.of("org.jboss.resteasy.reactive."));
        LAYERS.put("the service's own code", List.of("org.jointcommissioning."));
    }

    private final Path out;
    private final long pid;
    private final String service;
    private final String label;
    private final Path recording;

    /** A recording of the service's process, kept as {@code <label>.jfr} in the bench's output. */
    Profiler(Path out, long pid, String service, String label) {
        this.out = out;
        this.pid = pid;
        this.service = service;
        this.label = label;
        this.recording = out.resolve(label + ".jfr");
    }

    void start(int seconds) throws Exception {
        Files.deleteIfExists(recording);
        Platform.run(List.of("jcmd", Long.toString(pid), "JFR.start", "name=bench-" + label, "settings=profile",
                "duration=" + seconds + "s", "filename=" + recording), out.resolve("logs/jfr.log"));
    }

    /** Ends the recording now (it would end by itself at its duration) and waits until it is written. */
    void stop() throws Exception {
        try {
            Platform.run(List.of("jcmd", Long.toString(pid), "JFR.stop", "name=bench-" + label, "filename=" + recording),
                    out.resolve("logs/jfr.log"));
        } catch (java.io.IOException e) {
            // Already ended at its duration: it is being written, or written.
        }
        for (int i = 0; i < 300 && !Files.exists(recording); i++) {
            Thread.sleep(100);
        }
        Thread.sleep(1000);
    }

    /** The layers' shares and the hottest methods of the written recording, as report lines. */
    List<String> summarise() throws Exception {
        Path printed = out.resolve(label + ".samples.txt");
        Platform.run(List.of("jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96",
                recording.toString()), printed);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Integer> top = new LinkedHashMap<>();
        Map<String, Integer> own = new LinkedHashMap<>();
        int samples = 0;
        List<String> stack = new ArrayList<>();
        for (String line : Files.readAllLines(printed)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("stackTrace = [")) {
                stack.clear();
            } else if (trimmed.equals("]") || trimmed.startsWith("]")) {
                if (!stack.isEmpty()) {
                    samples++;
                    String joined = String.join("\n", stack);
                    for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
                        if (layer.getValue().stream().anyMatch(joined::contains)) {
                            counts.merge(layer.getKey(), 1, Integer::sum);
                        }
                    }
                    top.merge(stack.get(0).replaceAll("\\s+line:.*", ""), 1, Integer::sum);
                    stack.stream().filter(frame -> frame.startsWith("org.jointcommissioning.")).findFirst()
                            .ifPresent(frame -> own.merge(frame.replaceAll("\\s+line:.*", ""), 1, Integer::sum));
                    stack.clear();
                }
            } else if (trimmed.contains("line:") || trimmed.endsWith(")")) {
                stack.add(trimmed);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("JFR recording " + recording.getFileName() + ": " + samples + " CPU samples of " + service);
        for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
            int n = counts.getOrDefault(layer.getKey(), 0);
            lines.add(String.format("  %5.1f%%  %s", samples == 0 ? 0 : 100.0 * n / samples, layer.getKey()));
        }
        lines.add("  hottest methods (top frame):");
        hottest(lines, top, samples, 12);
        lines.add("  hottest of the service's own methods (innermost project frame):");
        hottest(lines, own, samples, 8);
        Files.write(out.resolve(label + ".profile.txt"), lines);
        return lines;
    }

    private static void hottest(List<String> lines, Map<String, Integer> counts, int samples, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> lines.add(String.format("  %5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, samples),
                        e.getKey())));
    }
}
