package org.jointcommissioning.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One open-model run: the steps of a plan, one after another, each a constant arrival rate of single-request
 * virtual users for some seconds (new arrivals do not wait for slow answers, as real visitors would not). Each step's
 * request is named after the step, so that Gatling's statistics give its percentiles and errors apart.
 *
 * <p>Environment (set by {@link Bench}): BENCH_PLAN, a tab-separated file with one step per line:
 * {@code name rate seconds method url auth body expected-statuses if-none-match}; BENCH_TOKENS, {@code user token}
 * lines; BENCH_FEED, optional, a tab-separated file with a header line whose rows are handed out once each, in order,
 * across all steps (distinct bids and awards), and whose columns the url and body may use as {@code #{column}}.
 */
public class OpenLoad extends Simulation {

    record Step(String name, double rate, int seconds, String method, String url, String auth, String body,
                Integer[] expected, String ifNoneMatch) {
    }

    private final List<Step> steps;

    /** A bid on one lot, answering each criterion of the bench's framework. */
    static final String BID = """
            {"opportunityId": "#{opportunityId}", "lotId": "#{lotId}", "price": {"amount": "#{price}", "currency": "GBP"},
             "answers": [{"criterionId": "quality", "text": "Weekly visits for twelve weeks by trained volunteers."},
                         {"criterionId": "social-value", "text": "Volunteers are recruited and trained locally."}]}""";

    static final String AWARD = """
            {"lotId": "#{lotId}", "bidId": "#{bidId}", "amount": {"amount": "#{price}", "currency": "GBP"}}""";

    {
        steps = steps(Path.of(env("BENCH_PLAN")));
        Map<String, String> tokens = pairs(Path.of(env("BENCH_TOKENS")));
        String feedFile = System.getenv("BENCH_FEED");
        Iterator<Map<String, Object>> feed = feedFile == null || feedFile.isBlank() ? null : rows(Path.of(feedFile));

        // One pool of keep-alive connections for all virtual users, as a proxy or a busy browser population would
        // reuse them: a new TCP connection per request would measure connection set-up instead of the endpoint.
        HttpProtocolBuilder protocol = http.shareConnections().acceptHeader("application/json").disableCaching()
                .disableFollowRedirect();

        PopulationBuilder chain = null;
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            // The time is saved before the status is checked: a check that fails stops the ones after it.
            HttpRequestActionBuilder request = http(step.name()).httpRequest(step.method(), step.url())
                    .check(responseTimeInMillis().saveAs("rt"), status().in(step.expected()));
            if (step.auth().equals("feed")) {
                request = request.header("Authorization", "Bearer #{token}");
            } else if (!step.auth().equals("-")) {
                String token = tokens.get(step.auth());
                if (token == null) {
                    throw new IllegalStateException("no token for " + step.auth());
                }
                request = request.header("Authorization", "Bearer " + token);
            }
            if (!step.ifNoneMatch().equals("-")) {
                request = request.header("If-None-Match", step.ifNoneMatch());
            }
            switch (step.body()) {
                case "bid" -> request = request.header("Content-Type", "application/json")
                        .header("Idempotency-Key", "#{randomUuid()}").body(StringBody(BID));
                case "award" -> request = request.header("Content-Type", "application/json")
                        .header("Idempotency-Key", "#{randomUuid()}").body(StringBody(AWARD));
                case "none" -> { }
                default -> throw new IllegalStateException("unknown body " + step.body());
            }
            ChainBuilder call = exec(request);
            // A ladder's step is not offered once the step below it was not sustained: past that point it would only
            // pile up a backlog that slows the steps after it.
            String below = i > 0 && prefix(steps.get(i - 1).name()).equals(prefix(step.name()))
                    && step.name().contains("@") ? steps.get(i - 1).name() : null;
            if (feed != null && !step.body().equals("none")) {
                Iterator<Map<String, Object>> rows = feed;
                call = exec(session -> {
                    if (!rows.hasNext()) {
                        return session.markAsFailed();
                    }
                    Map<String, Object> row = rows.next();
                    Object bidder = row.get("bidder");
                    return session.setAll(row).set("token", tokens.getOrDefault(bidder == null ? "" : bidder.toString(),
                            tokens.getOrDefault(step.auth().equals("feed") ? "" : step.auth(), "")));
                }).exec(request);
            }
            String name = step.name();
            call = call.exec(session -> {
                RESULTS.computeIfAbsent(name, n -> new Recorder()).record(session.isFailed() || !session.contains("rt")
                        ? -1 : session.getInt("rt"));
                return session;
            });
            ScenarioBuilder scenario = scenario(step.name()).doIfOrElse(session -> below == null || sustained(below))
                    .then(call).orElse(exec(session -> {
                        RESULTS.computeIfAbsent(name, n -> new Recorder()).skipped = true;
                        return session;
                    }));
            PopulationBuilder population = scenario.injectOpen(nothingFor(1),
                    constantUsersPerSec(step.rate()).during(step.seconds()));
            chain = chain == null ? population : population.andThen(chain);
        }
        setUp(chain).protocols(protocol);
    }

    /** Each step's answers, kept here because Gatling's own statistics end up only in its HTML report. */
    static final Map<String, Recorder> RESULTS = new ConcurrentHashMap<>();

    private static final int P99_LIMIT = Integer.parseInt(System.getenv().getOrDefault("BENCH_P99_LIMIT_MS", "100"));
    private final Map<String, Boolean> sustained = new ConcurrentHashMap<>();

    private static String prefix(String name) {
        return name.contains("@") ? name.substring(0, name.indexOf('@')) : name;
    }

    /** The same rule as the report's: under 1% failed, 95% of the rate answered, p99 within the limit. */
    private boolean sustained(String name) {
        return sustained.computeIfAbsent(name, n -> {
            Step step = steps.stream().filter(s -> s.name().equals(n)).findFirst().orElseThrow();
            Recorder recorder = RESULTS.get(n);
            return recorder != null && recorder.sustained(step.rate() * step.seconds(), P99_LIMIT);
        });
    }

    static final class Recorder {
        private final List<Integer> millis = new ArrayList<>();
        private long failed;
        volatile boolean skipped;

        synchronized boolean sustained(double offered, int p99Limit) {
            if (skipped || millis.isEmpty()) {
                return false;
            }
            List<Integer> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            int p99 = sorted.get(Math.max(0, (int) Math.ceil(0.99 * sorted.size()) - 1));
            return failed <= 0.01 * (failed + sorted.size()) && sorted.size() >= 0.95 * offered && p99 <= p99Limit;
        }

        synchronized void record(int ms) {
            if (ms < 0) {
                failed++;
            } else {
                millis.add(ms);
            }
        }

        synchronized String line(String name, int seconds) {
            List<Integer> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return String.join("\t", name, Long.toString(sorted.size()), Long.toString(failed),
                    Double.toString(sorted.size() / (double) seconds), pct(sorted, 50), pct(sorted, 95),
                    pct(sorted, 99), sorted.isEmpty() ? "" : Integer.toString(sorted.get(sorted.size() - 1)));
        }

        private static String pct(List<Integer> sorted, double p) {
            if (sorted.isEmpty()) {
                return "";
            }
            int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
            return Integer.toString(sorted.get(Math.max(0, index)));
        }
    }

    /** Written for {@link Bench}: name, ok, failed, ok per second, p50, p95, p99, max (milliseconds). */
    @Override
    public void after() {
        List<String> lines = new ArrayList<>();
        for (Step step : steps) {
            Recorder recorder = RESULTS.getOrDefault(step.name(), new Recorder());
            lines.add(recorder.line(step.name(), step.seconds()));
        }
        try {
            Files.write(Path.of(env("BENCH_OUT")), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; infra/bench sets it");
        }
        return value;
    }

    private static List<Step> steps(Path plan) {
        List<Step> steps = new ArrayList<>();
        for (String line : lines(plan)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Integer[] expected = Arrays.stream(f[7].split(",")).map(Integer::valueOf).toArray(Integer[]::new);
            steps.add(new Step(f[0], Double.parseDouble(f[1]), Integer.parseInt(f[2]), f[3], f[4], f[5], f[6],
                    expected, f[8]));
        }
        return steps;
    }

    private static Map<String, String> pairs(Path file) {
        Map<String, String> pairs = new HashMap<>();
        for (String line : lines(file)) {
            String[] f = line.split("\t", 2);
            if (f.length == 2) {
                pairs.put(f[0], f[1]);
            }
        }
        return pairs;
    }

    private static Iterator<Map<String, Object>> rows(Path file) {
        List<String> lines = lines(file);
        String[] header = lines.get(0).split("\t");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], f[i]);
            }
            rows.add(row);
        }
        Iterator<Map<String, Object>> iterator = rows.iterator();
        // Handed out from Gatling's threads; one row to one request only.
        return new Iterator<>() {
            public synchronized boolean hasNext() {
                return iterator.hasNext();
            }

            public synchronized Map<String, Object> next() {
                return iterator.hasNext() ? iterator.next() : null;
            }
        };
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
