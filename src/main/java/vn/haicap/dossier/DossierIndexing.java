package vn.haicap.dossier;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;
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
 * The thread takes every dossier queued while it was busy in one batch: a few queries and one write for the
 * lot, instead of five round trips and a commit per dossier.
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
    private static final int BATCH = 200;

    private final IntakeStore intake;
    private final DossierStore dossiers;
    private final DocumentManagement documents;
    private final SearchIndex search;
    private final vn.haicap.adminunit.UnitsByCode units;
    private final BlockingQueue<String> queued = new LinkedBlockingQueue<>();
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
            vn.haicap.adminunit.UnitsByCode units) {
        this.intake = intake;
        this.dossiers = dossiers;
        this.documents = documents;
        this.search = search;
        this.units = units;
    }

    /** Indexes the dossier once the current transaction commits (at once without one). */
    void queueAfterCommit(String code) {
        AfterCommit.run(() -> {
            queued.add(code);
            worker.execute(this::drain);
        });
    }

    /** Indexes what is queued; a later task finds the queue emptied by an earlier one and does nothing. */
    private void drain() {
        List<String> codes = new ArrayList<>();
        while (queued.drainTo(codes, BATCH) > 0) {
            indexLogged(codes);
            codes.clear();
        }
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
            Set<String> missing = search.missing(
                    KIND, page.stream().map(IntakeStore.Submitted::code).toList());
            indexLogged(List.copyOf(missing));
            found += missing.size();
        }
        if (found > 0) {
            log.info("{} dossiers submitted since the search watermark were not in the index; indexed", found);
        }
    }

    /** Indexes the dossiers in one batch, or one by one when the batch fails, so that one bad dossier loses no other. */
    private void indexLogged(List<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        try {
            index(codes);
        } catch (RuntimeException e) {
            if (codes.size() == 1) {
                log.warn("Dossier {} not indexed for search", codes.get(0), e);
            } else {
                codes.forEach(code -> indexLogged(List.of(code)));
            }
        }
    }

    void index(List<String> codes) {
        List<DossierData> found = dossiers.findAll(codes);
        Set<String> gone = new LinkedHashSet<>(codes);
        found.forEach(dossier -> gone.remove(dossier.code()));
        gone.forEach(code -> search.remove(KIND, code));
        Map<String, List<StoredDocument>> papers = dossiers.documentsOf(codes);
        Map<UUID, String> texts = documents.indexAll(papers.values().stream()
                .flatMap(List::stream)
                .map(StoredDocument::documentId)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        search.putAll(found.stream()
                .map(dossier -> item(dossier, papers.getOrDefault(dossier.code(), List.of()), texts))
                .toList());
    }

    private SearchItem item(DossierData dossier, List<StoredDocument> papers, Map<UUID, String> texts) {
        StringBuilder text = new StringBuilder();
        append(text, dossier.applicant().name());
        append(text, dossier.procedureCode());
        append(text, commune(dossier.receivingCommune()));
        append(text, province(dossier.receivingProvince()));
        Set<UUID> seen = new LinkedHashSet<>();
        for (StoredDocument document : papers) {
            append(text, document.paperName());
            append(text, document.name());
            seen.add(document.documentId());
        }
        seen.forEach(id -> append(text, texts.get(id)));
        return new SearchItem(
                KIND,
                dossier.code(),
                dossier.code() + " — " + dossier.procedureName(),
                text.toString(),
                dossier.applicant().username(),
                dossier.receivingProvince(),
                dossier.receivingCommune(),
                dossier.submittedAt().atZoneSameInstant(ZONE).toLocalDate());
    }

    private String commune(String code) {
        return units.commune(code).map(AdminUnitDataset.Commune::fullName).orElse(code);
    }

    private String province(String code) {
        return units.province(code).map(AdminUnitDataset.Province::fullName).orElse(code);
    }

    private static void append(StringBuilder text, @org.jspecify.annotations.Nullable String value) {
        if (value != null && !value.isBlank()) {
            text.append(value).append('\n');
        }
    }
}
