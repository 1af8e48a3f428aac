package vn.haicap.dossier;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.document.DocumentManagement;
import vn.haicap.document.SearchIndex;
import vn.haicap.document.SearchItem;
import vn.haicap.dossier.domain.DossierData;
import vn.haicap.dossier.store.DossierStore;
import vn.haicap.dossier.store.IntakeStore;
import vn.haicap.dossier.store.StoredDocument;
import vn.haicap.shared.AfterCommit;

/**
 * Puts dossiers into the shared search index (kind {@code dossier}): code, procedure, applicant, unit,
 * date, the names of its papers and their extracted text. A submission hands its dossier to one background
 * thread when its transaction commits; the text is extracted and the index written there. Nothing is written per
 * dossier for this: every poll, on whichever node, indexes the dossiers submitted between the watermark ({@code
 * dossier.search_watermark}) and a while ago that have no item (a node stopped between a commit and its
 * indexing left them out), then moves the watermark there.
 * Officers find a dossier in their jurisdiction (receiving province or commune), applicants their own.
 */
@Component
class DossierIndexing {

    static final String KIND = "dossier";
    private static final Logger log = LoggerFactory.getLogger(DossierIndexing.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /**
     * Longer than any submission's transaction and its indexing: a dossier's time is taken when its transaction
     * begins, and a younger one may still be on its way through a live node.
     */
    private static final Duration SLACK = Duration.ofMinutes(10);

    private static final int PAGE = 500;

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

    /** Indexes the dossier once the current transaction commits (at once without one). */
    void queueAfterCommit(String code) {
        AfterCommit.run(() -> worker.execute(() -> indexLogged(code)));
    }

    @Scheduled(fixedDelayString = "${haicap.dossier.search.poll-interval:30s}", initialDelay = 5_000)
    void poll() {
        worker.execute(() -> {
            OffsetDateTime upTo = OffsetDateTime.now().minus(SLACK);
            recover(upTo);
            intake.advanceSearchWatermark(upTo);
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Indexes the dossiers submitted since the watermark, up to now, that have no item. */
    void recover() {
        recover(OffsetDateTime.now());
    }

    private void recover(OffsetDateTime upTo) {
        IntakeStore.Submitted after = new IntakeStore.Submitted("", intake.searchWatermark());
        int found = 0;
        for (List<IntakeStore.Submitted> page = intake.submittedBetween(after, upTo, PAGE);
                !page.isEmpty();
                page = intake.submittedBetween(after, upTo, PAGE)) {
            after = page.get(page.size() - 1);
            for (String code : search.missing(
                    KIND, page.stream().map(IntakeStore.Submitted::code).toList())) {
                indexLogged(code);
                found++;
            }
        }
        if (found > 0) {
            log.info("{} dossiers submitted since the search watermark were not in the index; indexed", found);
        }
    }

    private void indexLogged(String code) {
        try {
            index(code);
        } catch (RuntimeException e) {
            log.warn("Dossier {} not indexed for search", code, e);
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
