package org.jointcommissioning.system;

import io.restassured.specification.RequestSpecification;
import org.jointcommissioning.testing.metrics.Scrape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;
import static org.jointcommissioning.system.Gateway.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two or more copies of each service behind the gateway ({@code -Dsystem-test.replicas=2}): requests reach every
 * copy, and a copy that stops takes no more requests while every request still succeeds. That the deadline job and
 * the outbox relay act once across copies is the story's last step ({@link CommissioningStoryTest}).
 */
@ExtendWith(PlatformLauncher.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasTest {

    /** A cheap read of each service through the gateway, and who may make it. */
    private record Read(String service, String path, Supplier<RequestSpecification> caller) {
    }

    private static final Read BUDGETS = new Read("budgets", "/api/partners", () -> as("admin"));
    private static final List<Read> READS = List.of(
            new Read("commissioning", "/api/opportunities", Gateway::anonymous),
            new Read("bidding", "/api/bids", () -> as("bidder-carers")),
            BUDGETS,
            new Read("outcomes", "/api/indicators", () -> as("admin")));

    @BeforeAll
    static void onlyWithCopies() {
        assumeTrue(Platform.REPLICAS >= 2, "runs with -Dsystem-test.replicas=2 or more");
    }

    @Test
    @Order(1)
    void requestsThroughTheGatewayReachEveryCopyOfEveryService() {
        for (Read read : READS) {
            List<Double> before = servedByEachCopy(read);
            for (int i = 0; i < 4 * Platform.REPLICAS; i++) {
                read.caller().get().get(read.path()).then().statusCode(200);
            }
            List<Double> after = servedByEachCopy(read);
            for (int copy = 0; copy < before.size(); copy++) {
                assertTrue(after.get(copy) > before.get(copy),
                        Platform.copies(read.service()).get(copy) + " served none of " + read.path() + ": " + after);
            }
        }
    }

    @Test
    @Order(2)
    void aCopyThatStopsTakesNoRequestsAndNoRequestFailsThenItRejoins() throws Exception {
        Read read = BUDGETS;
        String stopped = read.service() + "-2";
        List<String> others = Platform.copies(read.service()).stream().filter(copy -> !copy.equals(stopped)).toList();

        // Requests keep coming while the copy stops (about ten seconds: it first reports not ready, then finishes what
        // it holds): none of them may fail. Paced at 20 a second, within the gateway's rate limit for one caller.
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stopping = new AtomicBoolean(true);
        ExecutorService load = Executors.newSingleThreadExecutor();
        Future<?> requests = load.submit(() -> {
            while (stopping.get()) {
                statuses.add(read.caller().get().get(read.path()).statusCode());
                Thread.sleep(50);
            }
            return null;
        });
        try {
            PlatformLauncher.platform(2, "stop", stopped);
        } finally {
            stopping.set(false);
            requests.get();
            load.shutdown();
        }
        assertFalse(statuses.isEmpty(), "requests ran while the copy stopped");
        assertTrue(statuses.stream().allMatch(status -> status == 200), "every request succeeded: " + statuses);

        // Stopped, it takes nothing: the other copies serve every request.
        double before = served(others, read.path());
        for (int i = 0; i < 10; i++) {
            read.caller().get().get(read.path()).then().statusCode(200);
        }
        assertEquals(before + 10, served(others, read.path()), 0.5, "the other copies served every request");

        // Started again, it takes its share once the gateway finds it ready.
        PlatformLauncher.platform(15, "up", "--replicas", String.valueOf(Platform.REPLICAS));
        double rejoined = served(List.of(stopped), read.path());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            read.caller().get().get(read.path()).then().statusCode(200);
            return served(List.of(stopped), read.path()) > rejoined;
        });
    }

    /** How many requests for the read's path each copy of its service has served, in the order of the copies. */
    private static List<Double> servedByEachCopy(Read read) {
        return Platform.copies(read.service()).stream().map(copy -> served(List.of(copy), read.path())).toList();
    }

    /** How many requests for the path these copies have served together, by their own metrics. */
    private static double served(List<String> copies, String path) {
        return copies.stream().mapToDouble(copy -> Scrape.of(Platform.copyUrl(copy) + "/q/metrics")
                .value("http_server_requests_seconds_count", "uri", path)).sum();
    }
}
