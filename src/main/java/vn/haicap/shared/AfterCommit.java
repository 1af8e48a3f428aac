package vn.haicap.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an in-memory follow-up once the current transaction commits (at once without one). For follow-ups that
 * need no durable record: a {@code @TransactionalEventListener} would do the same, but Spring Modulith's event
 * publication registry then writes a row for every event and updates it twice (docs/benchmarks.md, rows per
 * dossier).
 */
public final class AfterCommit {

    private AfterCommit() {}

    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
