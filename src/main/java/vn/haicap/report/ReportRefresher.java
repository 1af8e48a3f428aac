package vn.haicap.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.haicap.dossier.DossierTransitioned;
import vn.haicap.shared.AfterCommit;

/**
 * Keeps the report tables current. The dossier counters are recomputed a month at a time: every {@code
 * haicap.report.refresh-interval} (default 60 s), the months of receipt of the dossiers that changed since
 * the last tick (from {@link DossierTransitioned}, after commit) and of the open dossiers that went past
 * their appointment meanwhile; each month in its own transaction, so readers never wait. Every month is
 * recomputed once a day (and on demand). The workforce views are refreshed CONCURRENTLY every {@code
 * haicap.report.workforce-refresh-interval} (10 min).
 */
@Component
public class ReportRefresher {

    private static final Logger log = LoggerFactory.getLogger(ReportRefresher.class);
    /** Beyond this many changed dossiers between two ticks, every month is recomputed. */
    private static final int MAX_TRACKED = 100_000;

    private final ReportStore store;
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean everyMonthStale = new AtomicBoolean();
    private final Object lock = new Object();
    private @Nullable Instant lastTick;

    ReportRefresher(ReportStore store) {
        this.store = store;
    }

    /** Notes the dossier once its transition commits; a note lost with the server is redone nightly. */
    @EventListener
    void on(DossierTransitioned event) {
        AfterCommit.run(() -> {
            if (changed.size() < MAX_TRACKED) {
                changed.add(event.code());
            } else {
                everyMonthStale.set(true);
            }
        });
    }

    @Scheduled(
            initialDelayString = "${haicap.report.refresh-interval:60s}",
            fixedDelayString = "${haicap.report.refresh-interval:60s}")
    void recomputeChangedMonths() {
        if (everyMonthStale.getAndSet(false)) {
            refreshDossiers();
        } else {
            refreshChangedMonths();
        }
    }

    @Scheduled(cron = "${haicap.report.full-recompute-cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    void recomputeEveryMonthNightly() {
        refreshDossiers();
    }

    @Scheduled(
            initialDelayString = "${haicap.report.workforce-refresh-interval:10m}",
            fixedDelayString = "${haicap.report.workforce-refresh-interval:10m}")
    void refreshWorkforceOnSchedule() {
        refreshWorkforce();
    }

    /** Recomputes every month and refreshes every view now; returns each one's time in milliseconds. */
    public Map<String, Long> refreshAll() {
        Map<String, Long> times = new LinkedHashMap<>(refreshDossiers());
        times.putAll(refreshWorkforce());
        return times;
    }

    /** Recomputes the dossier counters of every month; returns each month's time in milliseconds. */
    public Map<String, Long> refreshDossiers() {
        synchronized (lock) {
            Instant now = Instant.now();
            changed.clear();
            Map<String, Long> times = recompute(store.allMonths());
            lastTick = now;
            return times;
        }
    }

    /** Recomputes the dossier counters of one month (the monthly index of every commune) now. */
    public Map<String, Long> refreshMonth(YearMonth month) {
        synchronized (lock) {
            return recompute(List.of(month.atDay(1)));
        }
    }

    /** The months touched since the last tick; returns each month's time in milliseconds. */
    Map<String, Long> refreshChangedMonths() {
        synchronized (lock) {
            Instant now = Instant.now();
            Instant since =
                    lastTick != null ? lastTick : store.lastDossierRecompute().orElse(Instant.EPOCH);
            List<String> codes = new ArrayList<>(changed);
            changed.removeAll(codes);
            Set<LocalDate> months = new TreeSet<>(store.monthsOf(codes));
            months.addAll(store.monthsPastDue(since, now));
            Map<String, Long> times = recompute(List.copyOf(months));
            lastTick = now;
            return times;
        }
    }

    public Map<String, Long> refreshWorkforce() {
        synchronized (lock) {
            Map<String, Long> times = new LinkedHashMap<>();
            for (String view : ReportStore.VIEWS) {
                long millis = store.refresh(view);
                times.put(view, millis);
                log.info("Refreshed {} in {} ms", view, millis);
            }
            return times;
        }
    }

    /** When every view was last refreshed (the oldest of them), if ever. */
    public @Nullable Instant lastRefresh() {
        return store.lastRefresh();
    }

    private Map<String, Long> recompute(List<LocalDate> months) {
        Map<String, Long> times = new LinkedHashMap<>();
        for (LocalDate month : months) {
            long millis = store.recomputeMonth(month);
            times.put("month " + YearMonth.from(month), millis);
            log.info("Recomputed the dossier counters of {} in {} ms", YearMonth.from(month), millis);
        }
        return times;
    }
}
