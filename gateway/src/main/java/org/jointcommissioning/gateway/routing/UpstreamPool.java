package org.jointcommissioning.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The copies of one service and which of them are ready. Requests take turns over the ready copies (round-robin);
 * a copy the readiness check found not ready, or that refused a connection, gets nothing until a check finds it
 * ready again. When no copy is ready, every copy is offered anyway: the last check may be a moment old, and a
 * service that reports itself not ready (its broker away, say) may still answer. Safe on any thread.
 */
public final class UpstreamPool {

    private final List<Upstream> copies;
    /** 1 ready, 0 not; every copy starts ready, so that requests flow before the first check has answered. */
    private final AtomicIntegerArray ready;
    private final AtomicInteger next = new AtomicInteger();

    public UpstreamPool(List<Upstream> copies) {
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("A service needs at least one address");
        }
        this.copies = List.copyOf(copies);
        this.ready = new AtomicIntegerArray(copies.size());
        for (int i = 0; i < copies.size(); i++) {
            ready.set(i, 1);
        }
    }

    public List<Upstream> copies() {
        return copies;
    }

    /** The copies to try for one request, in order: the ready ones, starting with the next in turn. */
    public List<Upstream> candidates() {
        int start = Math.floorMod(next.getAndIncrement(), copies.size());
        List<Upstream> ready = new ArrayList<>(copies.size());
        List<Upstream> all = new ArrayList<>(copies.size());
        for (int i = 0; i < copies.size(); i++) {
            int index = (start + i) % copies.size();
            all.add(copies.get(index));
            if (this.ready.get(index) == 1) {
                ready.add(copies.get(index));
            }
        }
        return ready.isEmpty() ? all : ready;
    }

    public void ready(Upstream copy, boolean isReady) {
        int index = copies.indexOf(copy);
        if (index >= 0) {
            ready.set(index, isReady ? 1 : 0);
        }
    }

    public boolean isReady(Upstream copy) {
        int index = copies.indexOf(copy);
        return index >= 0 && ready.get(index) == 1;
    }

    public boolean anyReady() {
        for (int i = 0; i < copies.size(); i++) {
            if (ready.get(i) == 1) {
                return true;
            }
        }
        return false;
    }
}
