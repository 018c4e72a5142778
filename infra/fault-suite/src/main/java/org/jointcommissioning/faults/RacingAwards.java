package org.jointcommissioning.faults;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/** 2N awards sent at once against a fund that can pay for N of them: exactly N become active, and no money is over-committed. */
final class RacingAwards implements Fault {

    @Override
    public String name() {
        return "2N racing awards against a fund for N";
    }

    @Override
    public void run(Context context, Outcome outcome) throws Exception {
        List<Scenario.Target> targets = context.raceTargets();
        int capacity = context.options().raceCapacity();
        System.out.println("  schedule: " + targets.size() + " awards of " + Scenario.LOT_PRICE + " at once; the fund holds "
                + capacity + " x " + Scenario.LOT_PRICE);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = targets.stream().map(target -> new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            Api.Answer answer = context.api().post("commissioner-county", "/api/opportunities/" + target.opportunityId()
                    + "/awards", Scenario.award(target), UUID.randomUUID().toString());
            outcome.operations.incrementAndGet();
            outcome.check(answer.status() == 202, "a racing award answered " + answer.status() + ": " + answer.text());
        })).toList();
        threads.forEach(Thread::start);
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        context.invariants().awardsSettled(outcome, context.raceFundId(), Duration.ofSeconds(90));
        long active = context.platform().count("commissioning", "select count(*) from award where fund_id = '"
                + context.raceFundId() + "' and status = 'active'");
        outcome.check(active == capacity, active + " awards became active against a fund that can pay for " + capacity);
        context.invariants().money(outcome, List.of(context.raceFundId()));
    }
}
