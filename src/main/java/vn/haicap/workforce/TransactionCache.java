package vn.haicap.workforce;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Look-ups (agencies, positions) remembered until the end of the current transaction: an import stores 500
 * rows per transaction and would otherwise read the same few agencies for every row. Outside a transaction
 * nothing is remembered.
 */
final class TransactionCache {

    private static final Object KEY = TransactionCache.class;

    private TransactionCache() {}

    @SuppressWarnings("unchecked")
    static <T> T get(String key, Supplier<T> load) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return load.get();
        }
        Map<String, Object> cache = (Map<String, Object>) TransactionSynchronizationManager.getResource(KEY);
        if (cache == null) {
            Map<String, Object> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            cache = created;
        }
        Object value = cache.get(key);
        if (value == null) {
            value = load.get();
            cache.put(key, value);
        }
        return (T) value;
    }

    static void clear() {
        if (TransactionSynchronizationManager.hasResource(KEY)) {
            ((Map<?, ?>) TransactionSynchronizationManager.getResource(KEY)).clear();
        }
    }
}
