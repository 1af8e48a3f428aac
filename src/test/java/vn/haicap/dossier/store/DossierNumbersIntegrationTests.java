package vn.haicap.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.haicap.support.HaicapIntegrationTest;

@HaicapIntegrationTest
class DossierNumbersIntegrationTests {

    private final String agency = "TEST." + java.util.UUID.randomUUID();

    @Autowired
    DossierStore store;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSubmissionStillOpenDoesNotHoldBackTheNextNumberOfItsUnit() {
        LocalDate day = LocalDate.of(2030, 1, 2);
        long[] numbers = transactions.execute(status -> {
            long first = store.nextSequence(agency, day);
            // another submission to the same unit while this one has not committed: it must not wait for it
            try {
                long second = CompletableFuture.supplyAsync(() -> store.nextSequence(agency, day))
                        .get(10, TimeUnit.SECONDS);
                return new long[] {first, second};
            } catch (Exception e) {
                throw new IllegalStateException("the second number waited for the first submission to commit", e);
            }
        });
        assertThat(numbers).containsExactly(1, 2);
    }

    @Test
    void numbersTakenAtTheSameTimeAreDistinctAndConsecutive() throws Exception {
        LocalDate day = LocalDate.of(2030, 1, 3);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> taken = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                taken.add(pool.submit(() -> store.nextSequence(agency, day)));
            }
            List<Long> numbers = new ArrayList<>();
            for (Future<Long> n : taken) {
                numbers.add(n.get(30, TimeUnit.SECONDS));
            }
            assertThat(numbers).doesNotHaveDuplicates();
            assertThat(numbers.stream().mapToLong(Long::longValue).min().orElseThrow())
                    .isEqualTo(1);
            assertThat(numbers.stream().mapToLong(Long::longValue).max().orElseThrow())
                    .isEqualTo(200);
        } finally {
            pool.shutdown();
        }
    }
}
