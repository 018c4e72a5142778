package org.jointcommissioning.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * PostgreSQL taken away from the platform at once, then given back. The server on this machine is shared by other
 * platforms and tests, so it is not stopped: the platform's own databases refuse new connections
 * (ALTER DATABASE ... ALLOW_CONNECTIONS false) and every open connection to them is ended (pg_terminate_backend),
 * which is what the services see when the server goes away. While it is away, requests answer 503 problem documents
 * (not 500, and not later than the gateway's timeout); afterwards the services recover without a restart and what
 * was acknowledged before is still there.
 */
final class PostgresAway implements Fault {

    /** The gateway gives up on a service after 30 s; an answer must come before that, and this is its margin. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(35);

    @Override
    public String name() {
        return "PostgreSQL away from the platform";
    }

    @Override
    public void run(Context context, Outcome outcome) throws Exception {
        Platform platform = context.platform();
        Api api = context.api();
        long outage = context.options().postgresOutage().toSeconds();
        System.out.println("  schedule: the platform's databases refuse connections for " + outage + " s");
        String fundId = context.loadFundId();
        Api.Answer before = api.post("finance-county", "/api/funds/" + fundId + "/contributions",
                Scenario.contribution("pledge", "5.00"), UUID.randomUUID().toString());
        outcome.operations.incrementAndGet();
        outcome.check(before.ok(), "a contribution before the outage answered " + before.status());
        Map<String, Long> pids = new HashMap<>();
        for (String service : Platform.SERVICES) {
            pids.put(service, platform.pid(service));
        }
        List<String> during = new ArrayList<>();
        cut(platform, true);
        Instant end = Instant.now().plusSeconds(outage);
        try {
            while (Instant.now().isBefore(end)) {
                for (String[] request : requests(fundId)) {
                    Api.Answer answer = request[2] == null ? api.get(request[0], request[1])
                            : api.post(request[0], request[1], request[2], UUID.randomUUID().toString());
                    outcome.operations.incrementAndGet();
                    during.add(answer.status() + "");
                    outcome.check(answer.status() == 503 && answer.isProblem(), request[1] + " while the database was away"
                            + " answered " + answer.status() + " (a 503 problem was expected): " + abbreviate(answer.text()));
                    outcome.check(answer.took().compareTo(ANSWER_WITHIN) < 0, request[1] + " took " + answer.took()
                            .toSeconds() + " s while the database was away");
                }
            }
        } finally {
            cut(platform, false);
        }
        System.out.println("  answers while away: " + during);
        // Recovery without a restart: the same processes answer again within a minute.
        Instant deadline = Instant.now().plusSeconds(60);
        Api.Answer after;
        do {
            Thread.sleep(1000);
            after = api.post("finance-county", "/api/funds/" + fundId + "/contributions",
                    Scenario.contribution("pledge", "5.00"), UUID.randomUUID().toString());
            outcome.operations.incrementAndGet();
        } while (!after.ok() && Instant.now().isBefore(deadline));
        outcome.check(after.ok(), "a contribution a minute after the database came back answered " + after.status());
        for (String service : Platform.SERVICES) {
            outcome.check(pids.get(service) == platform.pid(service) && platform.ready(service),
                    service + " did not recover on its own (restarted or not ready)");
        }
        if (before.ok()) {
            outcome.check(api.get("finance-county", "/api/funds/" + fundId + "/contributions/" + before.id()).ok(),
                    "the contribution acknowledged before the outage is gone");
        }
    }

    /** A read and a write of each kind the load makes, through the gateway. */
    private static List<String[]> requests(String fundId) {
        return List.of(
                new String[]{"finance-county", "/api/funds/" + fundId + "/statement", null},
                new String[]{"finance-county", "/api/funds/" + fundId + "/contributions", Scenario.contribution("pledge", "5.00")},
                new String[]{"commissioner-county", "/api/opportunities?size=5", null},
                new String[]{"bidder-carers", "/api/bids", null},
                new String[]{"performance-county", "/api/scorecard", null});
    }

    /** Refuses (or allows again) connections to the platform's databases, ending the open ones when refusing. */
    static void cut(Platform platform, boolean away) throws Exception {
        for (String service : Platform.SERVICES) {
            // Before a platform's first start its databases do not exist yet: nothing to allow or refuse.
            if (platform.sqlIn("postgres", "select count(*) from pg_database where datname = '"
                    + platform.database(service) + "'").equals("0")) {
                continue;
            }
            platform.sqlIn("postgres", "alter database " + platform.database(service) + " allow_connections "
                    + (away ? "false" : "true"));
        }
        if (away) {
            String names = Platform.SERVICES.stream().map(s -> "'" + platform.database(s) + "'")
                    .reduce((a, b) -> a + "," + b).orElseThrow();
            platform.sqlIn("postgres", "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname in ("
                    + names + ")");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
