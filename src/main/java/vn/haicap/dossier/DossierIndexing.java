package vn.haicap.dossier;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.document.DocumentManagement;
import vn.haicap.document.SearchIndex;
import vn.haicap.document.SearchItem;
import vn.haicap.dossier.domain.DossierData;
import vn.haicap.dossier.store.DossierStore;
import vn.haicap.dossier.store.IntakeStore;
import vn.haicap.dossier.store.StoredDocument;

/**
 * Puts dossiers into the shared search index (kind {@code dossier}): code, procedure, applicant, unit,
 * date, the names of its papers and their extracted text. A submission only queues its dossier in {@code
 * dossier.search_job} (one row, in its transaction); the text is extracted and the index written here,
 * after commit, on one background thread woken by the commit, with a poll for what a crash left queued.
 * Officers find a dossier in their jurisdiction (receiving province or commune), applicants their own.
 */
@Component
class DossierIndexing {

    static final String KIND = "dossier";
    private static final Logger log = LoggerFactory.getLogger(DossierIndexing.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final IntakeStore intake;
    private final DossierStore dossiers;
    private final DocumentManagement documents;
    private final SearchIndex search;
    private final AdminUnitDataset units;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dossier-indexing");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean woken = new AtomicBoolean();

    DossierIndexing(
            IntakeStore intake,
            DossierStore dossiers,
            DocumentManagement documents,
            SearchIndex search,
            AdminUnitDataset units) {
        this.intake = intake;
        this.dossiers = dossiers;
        this.documents = documents;
        this.search = search;
        this.units = units;
    }

    /** Drains the queue once the current transaction commits (at once without one). */
    void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    private void wake() {
        if (woken.compareAndSet(false, true)) {
            worker.execute(() -> {
                woken.set(false);
                drain();
            });
        }
    }

    /** What a crash or a failure left queued (and the dossiers queued by a migration). */
    @Scheduled(fixedDelayString = "${haicap.dossier.search.poll-interval:30s}", initialDelay = 5_000)
    void poll() {
        wake();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void drain() {
        while (true) {
            List<IntakeStore.SearchJob> jobs = intake.searchJobs(50);
            if (jobs.isEmpty()) {
                return;
            }
            for (IntakeStore.SearchJob job : jobs) {
                try {
                    index(job.dossier());
                } catch (RuntimeException e) {
                    log.warn("Dossier {} not indexed for search", job.dossier(), e);
                }
                intake.searchJobDone(job);
            }
        }
    }

    void index(String code) {
        DossierData dossier = dossiers.find(code).orElse(null);
        if (dossier == null) {
            search.remove(KIND, code);
            return;
        }
        StringBuilder text = new StringBuilder();
        append(text, dossier.applicant().name());
        append(text, dossier.procedureCode());
        append(text, commune(dossier.receivingCommune()));
        append(text, province(dossier.receivingProvince()));
        Set<UUID> seen = new LinkedHashSet<>();
        List<String> texts = new ArrayList<>();
        for (StoredDocument document : dossiers.documents(code)) {
            append(text, document.paperName());
            append(text, document.name());
            if (seen.add(document.documentId())) {
                texts.add(documents.index(document.documentId()));
            }
        }
        texts.forEach(t -> append(text, t));
        search.put(new SearchItem(
                KIND,
                code,
                code + " — " + dossier.procedureName(),
                text.toString(),
                dossier.applicant().username(),
                dossier.receivingProvince(),
                dossier.receivingCommune(),
                dossier.submittedAt().atZoneSameInstant(ZONE).toLocalDate()));
    }

    private String commune(String code) {
        return units.communes().stream()
                .filter(c -> c.code().equals(code))
                .map(AdminUnitDataset.Commune::fullName)
                .findFirst()
                .orElse(code);
    }

    private String province(String code) {
        return units.provinces().stream()
                .filter(p -> p.code().equals(code))
                .map(AdminUnitDataset.Province::fullName)
                .findFirst()
                .orElse(code);
    }

    private static void append(StringBuilder text, @org.jspecify.annotations.Nullable String value) {
        if (value != null && !value.isBlank()) {
            text.append(value).append('\n');
        }
    }
}
