package org.jointcommissioning.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A load of contributions, awards and payments on one fund, through the gateway, while a fault is played: three
 * callers, each writing with an idempotency key. Every write is remembered with its key and body, acknowledged (2xx)
 * or not, so that afterwards each acknowledged one can be looked for and each unacknowledged one retried.
 */
final class Load {

    /** A write sent: what, where, with which key and body, what came back (0: no answer), and when. */
    record Write(String kind, String path, String user, String key, String body, int status, String id,
                 Instant answeredAt) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private final Api api;
    private final String fundId;
    private final Outcome outcome;
    private final Queue<Scenario.Target> targets;
    private final Duration awardEvery;
    private final Random random;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
    /** Answers by status, to show that a failing dependency answered 502/503/504 and never 500. */
    final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

    Load(Api api, String fundId, List<Scenario.Target> targets, Duration awardEvery, Outcome outcome, long seed) {
        this.api = api;
        this.fundId = fundId;
        this.targets = new ConcurrentLinkedQueue<>(targets);
        this.awardEvery = awardEvery;
        this.outcome = outcome;
        this.random = new Random(seed);
    }

    void start() {
        running.set(true);
        long pause = 400 + random.nextInt(200);
        threads.add(new Thread(() -> loop(pause, this::contribute), "load-contributions"));
        threads.add(new Thread(() -> loop(awardEvery.toMillis(), this::award), "load-awards"));
        threads.add(new Thread(() -> loop(pause * 2, this::pay), "load-payments"));
        threads.forEach(Thread::start);
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        threads.clear();
    }

    private void loop(long pauseMillis, Runnable step) {
        while (running.get()) {
            step.run();
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A pledge and its receipt (a receipt beyond what was pledged is refused). */
    private void contribute() {
        send("contribution", "finance-county", "/api/funds/" + fundId + "/contributions",
                Scenario.contribution("pledge", "25.00"));
        send("contribution", "finance-county", "/api/funds/" + fundId + "/contributions",
                Scenario.contribution("receipt", "25.00"));
    }

    private void award() {
        Scenario.Target target = targets.poll();
        if (target != null) {
            send("award", "commissioner-county", "/api/opportunities/" + target.opportunityId() + "/awards",
                    Scenario.award(target));
        }
    }

    /** A small payment against an award acknowledged a while ago (it may not be active yet: then it is refused). */
    private void pay() {
        List<Write> awards;
        synchronized (writes) {
            awards = writes.stream().filter(w -> w.kind().equals("award") && w.acknowledged()).toList();
        }
        if (awards.isEmpty()) {
            return;
        }
        Write award = awards.get(random.nextInt(awards.size()));
        send("payment", "finance-county", "/api/funds/" + fundId + "/payments", Api.json(Map.of("awardId", award.id(),
                "date", "2026-10-01", "reference", "faults", "amount", Map.of("amount", "10.00", "currency", "GBP"))));
    }

    private void send(String kind, String user, String path, String body) {
        String key = UUID.randomUUID().toString();
        Api.Answer answer = api.post(user, path, body, key);
        outcome.operations.incrementAndGet();
        statuses.merge(answer.status(), 1, Integer::sum);
        writes.add(new Write(kind, path, user, key, body, answer.status(), answer.ok() ? answer.id() : null,
                Instant.now()));
    }

    List<Write> acknowledged(String kind) {
        synchronized (writes) {
            return writes.stream().filter(w -> w.kind().equals(kind) && w.acknowledged()).toList();
        }
    }

    /** Writes that got no answer or a 5xx: the client does not know whether they happened, and must retry them. */
    List<Write> unanswered() {
        synchronized (writes) {
            return writes.stream().filter(w -> w.status() == 0 || w.status() >= 500).toList();
        }
    }
}
