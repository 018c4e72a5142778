package org.jointcommissioning.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans for the Gatling simulation (OpenLoad) and their results: one run of steps at constant arrival rates. */
final class Load {

    /** One step: a request at a constant arrival rate for some seconds. */
    record Step(String name, double rate, int seconds, String method, String url, String auth, String body,
                String expected, String ifNoneMatch) {
        static Step get(String name, double rate, int seconds, String url, String auth) {
            return new Step(name, rate, seconds, "GET", url, auth, "none", "200", "-");
        }

        String line() {
            return String.join("\t", name, Double.toString(rate), Integer.toString(seconds), method, url, auth, body,
                    expected, ifNoneMatch);
        }
    }

    /** What a step achieved: answers as expected, failures, answers per second, percentiles in ms. */
    record Result(String name, double rate, long ok, long failed, double okPerSecond, Integer p50, Integer p95, Integer p99,
                  Integer max) {
        /** Kept up with: under 1% failed, at least 95% of the offered rate answered, p99 within the limit. */
        boolean sustained(int p99Limit) {
            return ok > 0 && failed <= 0.01 * (ok + failed) && okPerSecond >= 0.95 * rate && p99 != null
                    && p99 <= p99Limit;
        }
    }

    private final Path suite;
    private final Path out;
    private final Path tokens;

    Load(Path suite, Path out, Path tokens) {
        this.suite = suite;
        this.out = out;
        this.tokens = tokens;
    }

    /** Runs the steps one after another in one Gatling run (through its Maven plugin); the results by step name. */
    Map<String, Result> run(String name, List<Step> steps, Path feed) throws IOException, InterruptedException {
        Path plan = out.resolve("plans/" + name + ".tsv");
        Path results = out.resolve("plans/" + name + ".results.tsv");
        Files.createDirectories(plan.getParent());
        Files.write(plan, steps.stream().map(Step::line).toList());
        Files.deleteIfExists(results);
        int seconds = steps.stream().mapToInt(s -> s.seconds() + 1).sum();
        System.out.printf("  load %-14s %d steps, about %d s%n", name, steps.size(), seconds);
        ProcessBuilder gatling = new ProcessBuilder(suite.getParent().getParent().resolve("mvnw").toString(), "-B", "-q",
                "-f", suite.resolve("pom.xml").toString(), "gatling:test",
                "-Dbench.results=" + out.resolve("gatling"), "-Dbench.run=" + name)
                .redirectErrorStream(true).redirectOutput(out.resolve("logs/gatling-" + name + ".log").toFile());
        gatling.environment().put("BENCH_PLAN", plan.toString());
        gatling.environment().put("BENCH_TOKENS", tokens.toString());
        gatling.environment().put("BENCH_OUT", results.toString());
        gatling.environment().put("BENCH_FEED", feed == null ? "" : feed.toString());
        int code = gatling.start().waitFor();
        // Gatling exits non-zero when requests failed (its default assertion); the results file says what happened.
        if (!Files.exists(results)) {
            throw new IOException("Gatling run " + name + " exited " + code + " without results; see "
                    + out.resolve("logs/gatling-" + name + ".log"));
        }
        Map<String, Result> byName = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(results);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            byName.put(f[0], new Result(f[0], steps.get(i).rate(), Long.parseLong(f[1]), Long.parseLong(f[2]),
                    Double.parseDouble(f[3]), num(f[4]), num(f[5]), num(f[6]), num(f[7])));
        }
        return byName;
    }

    private static Integer num(String text) {
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    /**
     * Steps named prefix@rate for each rate, after a warm-up at the first rate (not reported): the JIT of the service
     * and of the load tool would otherwise count against the first step.
     */
    static List<Step> ladder(String prefix, List<Double> rates, int seconds, String url, String auth) {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.get("warm-up " + prefix, rates.get(0), Math.max(3, seconds), url, auth));
        for (double rate : rates) {
            steps.add(Step.get(prefix + "@" + Math.round(rate), rate, seconds, url, auth));
        }
        return steps;
    }

    /** The highest step of a ladder sustained, each lower one sustained too; null when even the first was not. */
    static Result best(Map<String, Result> results, String prefix, int p99Limit) {
        Result best = null;
        for (Result result : results.values()) {
            if (result.name().startsWith(prefix + "@")) {
                if (!result.sustained(p99Limit)) {
                    break;
                }
                best = result;
            }
        }
        return best;
    }

    /** The ladder's steps in order, for the report. */
    static List<Result> steps(Map<String, Result> results, String prefix) {
        return results.values().stream().filter(r -> r.name().startsWith(prefix + "@")).toList();
    }
}
