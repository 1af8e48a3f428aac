package vn.haicap.bench.lifecycle;

import java.util.Arrays;
import java.util.List;

/** Latency percentiles and the one parsable RESULT line every driver prints. */
final class Stats {

    private Stats() {}

    static double percentile(long[] sortedNanos, double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    /** RESULT system=... dossiers=... seconds=... dossiers_per_s=... p50_ms (per dossier) ... */
    static String result(String system, int dossiers, long elapsedNanos, List<Long> perDossierNanos, String extra) {
        long[] sorted = perDossierNanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        double seconds = elapsedNanos / 1e9;
        return String.format(
                java.util.Locale.ROOT,
                "RESULT system=%s dossiers=%d seconds=%.2f dossiers_per_s=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f %s",
                system,
                dossiers,
                seconds,
                dossiers / seconds,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                extra);
    }
}
