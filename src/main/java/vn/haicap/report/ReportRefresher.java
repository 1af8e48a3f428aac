package vn.haicap.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.haicap.dossier.DossierTransitioned;

/**
 * Keeps the report views current: a dossier transition marks the dossier views stale and the next tick
 * (every {@code haicap.report.refresh-interval}, default 60 s) refreshes them CONCURRENTLY, so readers never
 * wait; the workforce views are refreshed every {@code haicap.report.workforce-refresh-interval} (10 min).
 */
@Component
public class ReportRefresher {

    private static final Logger log = LoggerFactory.getLogger(ReportRefresher.class);

    private final ReportStore store;
    private final AtomicBoolean dossiersStale = new AtomicBoolean(true);
    private final Object lock = new Object();

    ReportRefresher(ReportStore store) {
        this.store = store;
    }

    @EventListener
    void on(DossierTransitioned event) {
        dossiersStale.set(true);
    }

    @Scheduled(
            initialDelayString = "${haicap.report.refresh-interval:60s}",
            fixedDelayString = "${haicap.report.refresh-interval:60s}")
    void refreshDossiersIfStale() {
        if (dossiersStale.getAndSet(false)) {
            refreshDossiers();
        }
    }

    @Scheduled(
            initialDelayString = "${haicap.report.workforce-refresh-interval:10m}",
            fixedDelayString = "${haicap.report.workforce-refresh-interval:10m}")
    void refreshWorkforceOnSchedule() {
        refreshWorkforce();
    }

    /** Refreshes every view now; returns each view's time in milliseconds. */
    public Map<String, Long> refreshAll() {
        Map<String, Long> times = new LinkedHashMap<>(refreshDossiers());
        times.putAll(refreshWorkforce());
        return times;
    }

    public Map<String, Long> refreshDossiers() {
        dossiersStale.set(false);
        return refresh(ReportStore.VIEWS.subList(0, 3));
    }

    public Map<String, Long> refreshWorkforce() {
        return refresh(ReportStore.VIEWS.subList(3, ReportStore.VIEWS.size()));
    }

    /** When every view was last refreshed (the oldest of them), if ever. */
    public @Nullable Instant lastRefresh() {
        return store.lastRefresh();
    }

    private Map<String, Long> refresh(java.util.List<String> views) {
        Map<String, Long> times = new LinkedHashMap<>();
        synchronized (lock) {
            for (String view : views) {
                long millis = store.refresh(view);
                times.put(view, millis);
                log.info("Refreshed {} in {} ms", view, millis);
            }
        }
        return times;
    }
}
