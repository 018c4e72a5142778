package org.jointcommissioning.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.jointcommissioning.bench.Load.Result;
import org.jointcommissioning.bench.Load.Step;

/**
 * infra/bench: measures the running platform against a bare Vert.x server started beside it (the ceiling), prints
 * the figures as a table and writes .run/bench/report.md with a chart. Not a test: it asserts nothing.
 *
 * <p>Order: ceiling; the gateway alone in front of it; data set (API, then SQL copies up to the small size); search at the small size; SQL copies up to
 * the large size; read ladders, the list through the gateway beside direct, deep pages, JFR profiles of the reads; bid submissions; awards; memory;
 * start-up of each service. Arguments: {@code --smoke} (a few seconds per step, smaller data).
 */
public final class Bench {

    final boolean smoke;
    final Path root;
    final Path suite;
    final Path out;
    final Platform platform;
    final Api api;
    final DataSet data;
    final Load load;
    final int stepSeconds;
    final int p99Limit = Integer.parseInt(Platform.env("BENCH_P99_LIMIT_MS", "100"));
    final long largeRows;
    final long smallRows = 1000;
    final int bidderCount;
    final int awardRate = 20;
    final int awardSeconds;
    final Report report = new Report();
    private Process ceiling;

    Bench(boolean smoke, Path root) {
        this.smoke = smoke;
        this.root = root;
        this.suite = root.resolve("infra/bench-suite");
        this.out = root.resolve(".run/bench");
        this.platform = new Platform(root);
        this.api = new Api(platform);
        this.data = new DataSet(platform, api, suite.resolve("sql"));
        this.load = new Load(suite, out, out.resolve("tokens.tsv"));
        this.stepSeconds = Integer.parseInt(Platform.env("BENCH_STEP_SECONDS", smoke ? "2" : "10"));
        this.largeRows = Long.parseLong(Platform.env("BENCH_ROWS", smoke ? "10000" : "100000"));
        this.bidderCount = smoke ? 10 : 100;
        this.awardSeconds = smoke ? 3 : 30;
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = List.of(args).contains("--smoke");
        Bench bench = new Bench(smoke, Path.of(args[0]).toAbsolutePath());
        try {
            bench.run();
        } finally {
            bench.stopCeiling();
        }
    }

    void run() throws Exception {
        Files.createDirectories(out.resolve("logs"));
        writeTokens(); // none yet: the ceiling needs none
        for (String component : List.of("commissioning", "bidding", "budgets", "outcomes", "gateway")) {
            if (!platform.ready(component)) {
                throw new IllegalStateException(component + " is not ready at " + platform.url(component)
                        + ": start the platform first (infra/platform up, with the same port variables)");
            }
        }
        report.note("machine", machine());
        report.note("mode", (smoke ? "smoke" : "full") + ": " + stepSeconds + " s per step; p99 limit of a sustained step "
                + p99Limit + " ms");

        // --- Ceiling
        String ceilingUrl = startCeiling();
        List<Double> ceilingRates = smoke ? List.of(500.0, 1000.0)
                : List.of(500.0, 1000.0, 2000.0, 3000.0, 4000.0, 6000.0, 8000.0, 11000.0);
        section("Ceiling: bare Vert.x JSON hello at " + ceilingUrl);
        Map<String, Result> ceilingRun = load.run("ceiling", Load.ladder("ceiling", ceilingRates, stepSeconds,
                ceilingUrl, "-"), null);
        Result ceilingBest = Load.best(ceilingRun, "ceiling", p99Limit);
        double ceilingRate = ceilingBest == null ? ceilingRates.get(0) : ceilingBest.rate();
        report.ceiling(ceilingRate, ceilingBest, ceilingRun, ceilingRates.get(ceilingRates.size() - 1));
        gatewayAlone(ceilingUrl, ceilingRates, ceilingRun);

        // --- Data set
        section("Loading the data set");
        timed("base: partners, fund with money, indicators, framework (API)", () -> {
            for (String user : List.of("admin", "commissioner-county", "finance-county", "performance-county",
                    "bidder-carers")) {
                api.token(user);
            }
            data.base();
        });
        int bidRatesMax = smoke ? 200 : 2000;
        List<Double> bidRates = smoke ? List.of(20.0, 50.0)
                : List.of(25.0, 50.0, 100.0, 200.0, 400.0, 700.0, 1000.0, 1500.0, 2000.0);
        int awards = awardRate * awardSeconds;
        List<DataSet.AwardTarget> awardTargets = new ArrayList<>();
        List<String> bidFeed = new ArrayList<>();
        timed(bidderCount + " bidders (Keycloak admin API), their organisations and tokens (API)",
                () -> data.bidders(bidderCount));
        long bidsNeeded = Math.round(bidRates.stream().mapToDouble(r -> r * stepSeconds).sum() * 1.1);
        timed("opportunities open for " + bidsNeeded + " distinct bids (API)",
                () -> bidFeed.addAll(data.bidTargets((int) bidsNeeded)));
        Instant deadline = Instant.now().plusSeconds(30 + awards / 20);
        timed(awards + " bids on lots closing at " + deadline + " for the awards (API)",
                () -> awardTargets.addAll(data.awardTargets(awards, deadline)));
        writeTokens();
        timed("bulk copies up to " + smallRows + " public opportunities (SQL)", () -> data.bulkOpportunities(smallRows));

        String svc = platform.url("commissioning");
        String gw = platform.url("gateway");
        String search = "/api/opportunities?q=dementia";
        section("Search at " + smallRows + " opportunities");
        int compareRate = 20;
        int compareSeconds = stepSeconds * 2;
        Map<String, Result> small = load.run("search-small", List.of(
                Step.get("warm-up", compareRate, stepSeconds, svc + search, "-"),
                Step.get("search-small", compareRate, compareSeconds, svc + search, "-")), null);

        timed("bulk copies up to " + largeRows + " public opportunities with their OCDS releases (SQL)",
                () -> data.bulkOpportunities(largeRows));
        int deepPage = (int) (largeRows / 100);
        String[] cursor = new String[1];
        timed("the OCDS feed read to page " + deepPage + " for its cursor (API)", () -> cursor[0] = data.ocdsCursor(deepPage));

        // --- Reads
        section("Reads at " + largeRows + " opportunities");
        List<Double> fractions = smoke ? List.of(0.01, 0.03)
                : List.of(0.005, 0.01, 0.02, 0.04, 0.07, 0.1, 0.15, 0.2, 0.3, 0.45);
        // The lowest rungs are absolute: a service far below its goal still gets a figure, not "below the first step".
        List<Double> readRates = new ArrayList<>(smoke ? List.of(5.0) : List.of(5.0, 10.0, 20.0));
        fractions.stream().map(f -> f * ceilingRate).filter(r -> r > readRates.get(readRates.size() - 1))
                .forEach(readRates::add);
        String etag = etagOfList(svc);
        List<List<Step>> reads = new ArrayList<>();
        reads.add(Load.ladder("list-direct", readRates, stepSeconds, svc + "/api/opportunities", "-"));
        reads.add(Load.ladder("search-direct", readRates, stepSeconds, svc + search, "-"));
        if (etag != null) {
            List<Double> conditional = (smoke ? List.of(0.1, 0.3) : List.of(0.1, 0.2, 0.3, 0.45, 0.6)).stream()
                    .map(f -> f * ceilingRate).toList();
            List<Step> conditionalSteps = new ArrayList<>();
            for (double rate : conditional) {
                conditionalSteps.add(new Step("list-304@" + Math.round(rate), rate, stepSeconds, "GET",
                        svc + "/api/opportunities",
                        "-", "none", "304", etag));
            }
            reads.add(conditionalSteps);
        }
        reads.add(Load.ladder("statement", readRates, stepSeconds,
                platform.url("budgets") + "/api/funds/" + data.fundId + "/statement", "finance-county"));
        reads.add(Load.ladder("bid-list", readRates, stepSeconds, platform.url("bidding") + "/api/bids",
                data.bidders.get(1)));
        reads.add(Load.ladder("scorecard", readRates, stepSeconds, platform.url("outcomes") + "/api/scorecard",
                "performance-county"));
        reads.add(List.of(Step.get("search-large", compareRate, compareSeconds, svc + search, "-"),
                Step.get("list-page-1", compareRate, compareSeconds, svc + "/api/opportunities?size=100", "-"),
                Step.get("list-page-" + deepPage, compareRate, compareSeconds,
                        svc + "/api/opportunities?size=100&page=" + (deepPage - 1), "-"),
                Step.get("ocds-page-1", compareRate, compareSeconds, svc + "/api/ocds/releases", "-"),
                Step.get("ocds-page-" + deepPage, compareRate, compareSeconds,
                        svc + "/api/ocds/releases?cursor=" + cursor[0], "-")));
        Map<String, Result> readResults = runApart("reads", reads);
        readResults.putAll(gatewayBesideDirect(readResults, svc, gw));
        report.reads(readResults, ceilingRate, etag, p99Limit, small.get("search-small"), smallRows, largeRows, deepPage);

        // --- Profiles of the reads, each at 70% of the best rate its ladder sustained
        section("JFR profiles of the reads");
        int profileSeconds = smoke ? 5 : 30;
        String statementUrl = platform.url("budgets") + "/api/funds/" + data.fundId + "/statement";
        profileRead(readResults, readRates, p99Limit, profileSeconds, "commissioning", "list-direct",
                "commissioning-public-list", Step.get("profile-list", 0, 0, svc + "/api/opportunities", "-"));
        profileRead(readResults, readRates, p99Limit, profileSeconds, "budgets", "statement", "budgets-fund-statement",
                Step.get("profile-statement", 0, 0, statementUrl, "finance-county"));
        profileRead(readResults, readRates, p99Limit, profileSeconds, "bidding", "bid-list", "bidding-bid-list",
                Step.get("profile-bid-list", 0, 0, platform.url("bidding") + "/api/bids", data.bidders.get(1)));
        profileRead(readResults, readRates, p99Limit, profileSeconds, "outcomes", "scorecard", "outcomes-scorecard",
                Step.get("profile-scorecard", 0, 0, platform.url("outcomes") + "/api/scorecard", "performance-county"));

        // --- Bid submissions
        section("Bid submissions, distinct bidders");
        Path bidFeedFile = out.resolve("bids.tsv");
        DataSet.write(bidFeedFile, bidFeed);
        Instant bidsStart = Instant.now();
        List<Step> bidSteps = new ArrayList<>();
        for (double rate : bidRates) {
            bidSteps.add(new Step("bids@" + Math.round(rate), rate, stepSeconds, "POST", platform.url("bidding") + "/api/bids",
                    "feed", "bid", "201", "-"));
        }
        Profiler bidsProfiler = new Profiler(out, platform.pid("bidding"), "bidding", "bidding-bid-submissions");
        bidsProfiler.start(bidSteps.stream().mapToInt(step -> step.seconds() + 1).sum() + 30);
        Map<String, Result> bids = load.run("bids", bidSteps, bidFeedFile);
        Thread.sleep(3000); // the relay's last batch
        bidsProfiler.stop();
        report.profile("Bid submissions, the whole ladder, bidding", bidsProfiler.summarise());
        report.bids(bids, p99Limit, relay(bidsStart), bidRatesMax);

        // --- Awards
        section("Awards to funds reserved (standstill) at " + awardRate + "/s");
        long wait = Duration.between(Instant.now(), deadline).toSeconds();
        if (wait > 0) {
            System.out.println("  waiting " + wait + " s for the award targets' deadline");
            Thread.sleep(wait * 1000);
        }
        timed("scores for the " + awards + " opened bids (API)", () -> data.score(awardTargets));
        Path awardFeed = out.resolve("awards.tsv");
        List<String> rows = new ArrayList<>(List.of("opportunityId\tlotId\tbidId\tprice"));
        awardTargets.forEach(t -> rows.add(t.opportunityId() + "\t" + t.lotId() + "\t" + t.bidId() + "\t" + DataSet.PRICE));
        DataSet.write(awardFeed, rows);
        Instant awardsStart = Instant.now();
        Profiler awardsProfiler = new Profiler(out, platform.pid("commissioning"), "commissioning",
                "commissioning-awards");
        awardsProfiler.start(awardSeconds + 30);
        Map<String, Result> awardRun = load.run("awards", List.of(new Step("awards@" + awardRate, awardRate, awardSeconds,
                "POST", svc + "/api/opportunities/#{opportunityId}/awards", "commissioner-county", "award", "202", "-")),
                awardFeed);
        report.awards(awardRun.values().iterator().next(), awardLatency(awardsStart, awards));
        awardsProfiler.stop();
        report.profile("Awards at " + awardRate + "/s, commissioning", awardsProfiler.summarise());

        // --- Memory after the load, then start-up of each service
        section("Memory and start-up");
        Map<String, Double> rss = new LinkedHashMap<>();
        for (String service : Platform.SERVICES) {
            rss.put(service, Platform.rssMb(platform.pid(service)));
        }
        rss.put("gateway", Platform.rssMb(platform.pid("gateway")));
        Map<String, Long> readyMs = new LinkedHashMap<>();
        for (String service : Platform.SERVICES) {
            readyMs.put(service, restart(service));
            System.out.printf("  %-14s ready %d ms after its process started%n", service, readyMs.get(service));
        }
        report.services(rss, readyMs);

        report.print(System.out);
        report.write(out.resolve("report.md"), out.resolve("report.svg"));
        System.out.println("\nReport: " + root.relativize(out.resolve("report.md")) + " (chart "
                + root.relativize(out.resolve("report.svg")) + "; Gatling's HTML reports in "
                + root.relativize(out.resolve("gatling")) + ")");
    }

    /**
     * The gateway's own cost: a second gateway in front of the ceiling server, stepped up like the ceiling, and a
     * profile of it at 70% of the best rate it sustained.
     */
    void gatewayAlone(String ceilingUrl, List<Double> ceilingRates, Map<String, Result> ceilingRun) throws Exception {
        section("The gateway alone: a second gateway whose every service is the ceiling server");
        try (GatewayAlone gateway = GatewayAlone.start(root, out, ceilingUrl, platform.realm())) {
            // Up to the ceiling's own best: above it the load tool and the machine, not the gateway, set the limit
            // (and the tool's connection pool grows without bound, each a file descriptor of the gateway's).
            Result bare = Load.best(ceilingRun, "ceiling", p99Limit);
            double top = bare == null ? ceilingRates.get(0) : bare.rate();
            List<Double> rates = ceilingRates.stream().filter(rate -> rate <= top).toList();
            Map<String, Result> run = load.run("gateway-alone", gateway.ladder(rates, stepSeconds), null);
            report.gatewayAlone(run, ceilingRun, p99Limit);
            Result best = Load.best(run, "gateway-alone", p99Limit);
            double rate = Math.max(100, (best == null ? ceilingRates.get(0) : best.rate()) * 0.7);
            int seconds = smoke ? 5 : 30;
            Profiler profiler = new Profiler(out, gateway.pid, "gateway", "gateway-alone");
            profiler.start(seconds + 5);
            load.run("profile-gateway-alone", List.of(Step.get("gateway-alone@" + Math.round(rate), rate, seconds,
                    gateway.url + "/api/opportunities", "-")), null);
            profiler.stop();
            report.profile("gateway-alone at " + Math.round(rate) + "/s, in front of the ceiling", profiler.summarise());
        }
    }

    /**
     * The public list through the gateway beside the same list direct, each on a fine ladder around the best rate the
     * direct list sustained (the read ladders double their rate, too coarse for a ratio near 1).
     */
    Map<String, Result> gatewayBesideDirect(Map<String, Result> reads, String svc, String gw) throws Exception {
        section("The public list through the gateway beside direct");
        Result direct = Load.best(reads, "list-direct", p99Limit);
        double base = direct == null ? 5 : direct.rate();
        List<Double> rates = (smoke ? List.of(0.5, 1.0) : List.of(0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5))
                .stream().map(f -> (double) Math.max(1, Math.round(f * base))).distinct().toList();
        return runApart("gateway-beside-direct", List.of(
                Load.ladder("list-direct-fine", rates, stepSeconds, svc + "/api/opportunities", "-"),
                Load.ladder("list-gateway-fine", rates, stepSeconds, gw + "/api/opportunities", "-")));
    }

    interface Work {
        void run() throws Exception;
    }

    void timed(String what, Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %-90s %7.1f s%n", what, seconds);
        report.loading(what, seconds);
    }

    static void section(String title) {
        System.out.println("\n" + title);
    }

    String startCeiling() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path ceilingDir = suite.resolve("ceiling/target");
        String classpath = ceilingDir.resolve("classes") + ":" + Files.readString(ceilingDir.resolve("classpath.txt")).trim();
        ceiling = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx256m", "-cp", classpath,
                "org.jointcommissioning.bench.ceiling.Ceiling", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(out.resolve("logs/ceiling.log").toFile()).start();
        String url = "http://127.0.0.1:" + port + "/";
        for (int i = 0; i < 100; i++) {
            if (Files.readString(out.resolve("logs/ceiling.log")).contains("listening")) {
                return url;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the ceiling server did not start; see .run/bench/logs/ceiling.log");
    }

    void stopCeiling() {
        if (ceiling != null) {
            ceiling.destroy();
        }
    }

    /** The list's ETag, if the service gives one and answers 304 to it; null otherwise. */
    /** A JFR profile of one service while one read is offered at 70% of the best rate its ladder sustained. */
    void profileRead(Map<String, Result> readResults, List<Double> readRates, int p99Limit, int seconds, String service,
                     String ladder, String label, Step read) throws Exception {
        Result best = Load.best(readResults, ladder, p99Limit);
        double rate = Math.max(5, (best == null ? readRates.get(0) : best.rate()) * 0.7);
        settle(read);
        Profiler profiler = new Profiler(out, platform.pid(service), service, label);
        profiler.start(seconds + 5);
        load.run("profile-" + ladder, List.of(new Step(read.name() + "@" + Math.round(rate), rate, seconds,
                read.method(), read.url(), read.auth(), read.body(), read.expected(), read.ifNoneMatch())), null);
        profiler.stop();
        report.profile(ladder + " at " + Math.round(rate) + "/s, straight to " + service, profiler.summarise());
    }

    /**
     * Runs each group of steps as a load of its own, once the endpoint it starts with answers promptly again: a
     * ladder that overloaded a service leaves a backlog of requests behind it, which must not count against the next.
     */
    Map<String, Result> runApart(String name, List<List<Step>> groups) throws Exception {
        Map<String, Result> results = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Step> group = groups.get(i);
            settle(group.get(0));
            // A conditional read names the listing's version as it is now: the bench's own opportunities close
            // while it runs, and each closing makes a new version.
            if (group.stream().anyMatch(step -> !step.ifNoneMatch().equals("-"))) {
                String etag = etagOfList(null);
                group = group.stream().map(step -> step.ifNoneMatch().equals("-") ? step : new Step(step.name(),
                        step.rate(), step.seconds(), step.method(), step.url(), step.auth(), step.body(),
                        step.expected(), etag)).toList();
            }
            results.putAll(load.run(name + "-" + (i + 1), group, null));
        }
        return results;
    }

    /** Waits, at most two minutes, until the step's endpoint answers three times in a row within 100 ms. */
    void settle(Step step) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(step.url()))
                .timeout(Duration.ofSeconds(10));
        if (!step.auth().equals("-")) {
            request.header("Authorization", "Bearer " + api.token(step.auth()));
        }
        Instant end = Instant.now().plus(Duration.ofMinutes(2));
        int prompt = 0;
        while (prompt < 3 && Instant.now().isBefore(end)) {
            long start = System.nanoTime();
            try {
                http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                prompt = System.nanoTime() - start < 100_000_000L ? prompt + 1 : 0;
            } catch (IOException e) {
                prompt = 0;
            }
            Thread.sleep(prompt == 0 ? 1000 : 100);
        }
    }

    String etagOfList(String service) throws Exception {
        Api.Answer first = api.call(null, "GET", "commissioning", "/api/opportunities", null);
        String etag = first.raw().headers().firstValue("ETag").orElse(null);
        return etag;
    }

    void writeTokens() throws IOException {
        List<String> lines = api.tokens.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList();
        DataSet.write(out.resolve("tokens.tsv"), lines);
    }

    /** The outbox relay's lag for the bids of this run: sent, pending, p50 and p99 of sent_at - occurred_at (ms). */
    String[] relay(Instant since) throws Exception {
        return platform.sql("bidding", """
                select count(*), count(*) filter (where sent_at is null),
                       coalesce(round(percentile_cont(0.5) within group (order by extract(epoch from sent_at - occurred_at) * 1000))::text, ''),
                       coalesce(round(percentile_cont(0.99) within group (order by extract(epoch from sent_at - occurred_at) * 1000))::text, '')
                from outbox where type like '%%BidSubmitted%%' and occurred_at >= '%s'""".formatted(since).replace("%%", "%"))
                .split("\\|", -1);
    }

    /**
     * Awards of this run, from the timestamps commissioning records: created (when the 202 was answered) to activated
     * (after budgets reserved the money and commissioning heard so), once all have settled or 60 s passed.
     */
    String[] awardLatency(Instant since, int expected) throws Exception {
        String query = """
                select count(*), count(standstill_started_at), count(*) filter (where status = 'pending-funding'),
                       coalesce(round(percentile_cont(0.5) within group (order by extract(epoch from standstill_started_at - created_at) * 1000))::text, ''),
                       coalesce(round(percentile_cont(0.99) within group (order by extract(epoch from standstill_started_at - created_at) * 1000))::text, ''),
                       coalesce(round(max(extract(epoch from standstill_started_at - created_at) * 1000))::text, '')
                from award where created_at >= '%s'""".formatted(since);
        long end = System.nanoTime() + 60_000_000_000L;
        String[] row;
        do {
            Thread.sleep(1000);
            row = platform.sql("commissioning", query).split("\\|", -1);
        } while (!row[2].equals("0") && System.nanoTime() < end);
        return row;
    }

    /** Stops one service, starts it again as infra/platform up does, and times its process start to ready. */
    long restart(String service) throws Exception {
        Path platformScript = root.resolve("infra/platform");
        Platform.run(List.of(platformScript.toString(), "stop", service), out.resolve("logs/restarts.log"));
        AtomicLong readyAt = new AtomicLong();
        Thread poller = new Thread(() -> {
            while (readyAt.get() == 0) {
                if (platform.ready(service)) {
                    readyAt.set(System.currentTimeMillis());
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        poller.start();
        Platform.run(List.of(platformScript.toString(), "up"), out.resolve("logs/restarts.log"));
        poller.join(30_000);
        return readyAt.get() - Platform.startedAtMillis(platform.pid(service));
    }

    static String machine() {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("?");
        } catch (IOException e) {
            // left as ?
        }
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + Math.round(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() / 1e9) + " GB, load average " + String.format("%.1f", load)
                + " at the start (a shared machine: other work runs beside the bench)";
    }

    static String join(List<String> parts) {
        return parts.stream().collect(Collectors.joining(", "));
    }
}
