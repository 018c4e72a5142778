package org.jointcommissioning.common.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.util.function.Consumer;

/**
 * Runs something once the current transaction has ended: a count of what the transaction changed is taken only when
 * the change commits, so that a rolled-back change is never counted. The action runs on the committing thread after
 * the commit; a failing action is logged and never disturbs the transaction's outcome.
 */
@ApplicationScoped
public class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class);

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Runs {@code action} after the current transaction commits, never if it rolls back; at once without one. */
    public void run(Runnable action) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            safely(action);
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            return; // marked for rollback, or already ending: it will not commit what the action would count
        }
        transactions.registerInterposedSynchronization(new Ending(committed -> {
            if (committed) {
                action.run();
            }
        }));
    }

    /**
     * Tells {@code outcome} whether the current transaction committed (true) or rolled back (false), once it has
     * ended. Answers false, and registers nothing, when no transaction is active.
     */
    public boolean whenEnded(Consumer<Boolean> outcome) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return false;
        }
        transactions.registerInterposedSynchronization(new Ending(outcome));
        return true;
    }

    private static void safely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "A metric could not be recorded after the transaction");
        }
    }

    private record Ending(Consumer<Boolean> outcome) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing to do before the outcome is known
        }

        @Override
        public void afterCompletion(int status) {
            safely(() -> outcome.accept(status == Status.STATUS_COMMITTED));
        }
    }
}
