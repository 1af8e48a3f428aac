package vn.haicap.bench.inprocess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.sql.DriverManager;
import javax.sql.DataSource;
import vn.haicap.bench.lifecycle.JitWarmup;
import vn.haicap.bench.lifecycle.Rows;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.haicap.HaicapApplication;
import vn.haicap.account.CurrentUser;
import vn.haicap.dossier.DossierManagement;
import vn.haicap.dossier.SubmitCommand;
import vn.haicap.shared.Role;

/**
 * Haicap's dossier service called in-process, without HTTP or authentication: the same calls the API makes
 * ({@link DossierManagement#submit}, {@link DossierManagement#get}, {@link DossierManagement#transition}), in a
 * Haicap application context started in this JVM on an existing Haicap database (the benchmark server's
 * PostgreSQL, as an external database; the web server listens on a random port and is not used).
 *
 * <pre>
 * lifecycle JDBC_URL DOSSIERS THREADS [WARMUP]   full life-cycle per dossier, like HttpLifecycle and FlowableLifecycle
 * intake    JDBC_URL SECONDS THREADS [WARMUP_S]  submissions only, as fast as THREADS callers go
 * env STEPS as in HttpLifecycle
 * </pre>
 * Started by bench/lifecycle/run-lifecycle.sh and bench/intake/run-intake.sh (they compile it against the Boot jar).
 */
public final class InProcessDriver {

    static final CurrentUser CITIZEN = new CurrentUser("citizen", Set.of(Role.CITIZEN), null, null);
    static final Map<String, CurrentUser> OFFICERS = Map.of(
            "counter", new CurrentUser("counter.hanoi", Set.of(Role.COUNTER_OFFICER), "00004", "01"),
            "specialist", new CurrentUser("specialist.hanoi", Set.of(Role.SPECIALIST), "00004", "01"),
            "leader", new CurrentUser("leader.hanoi", Set.of(Role.LEADER), "00004", "01"));
    static final String DEFAULT_STEPS =
            "counter:receive,counter:start_processing,specialist:complete,leader:complete:Đã xem xét,leader:approve,counter:issue_result,counter:return";
    static final byte[] PDF = java.util.Base64.getDecoder().decode("JVBERi0xLjYKJfbk/N8KMSAwIG9iago8PAovVHlwZSAvQ2F0YWxvZwovVmVyc2lvbiAvMS42Ci9QYWdlcyAyIDAgUgo+PgplbmRvYmoKNyAwIG9iago8PAovTGVuZ3RoIDEwMAovRmlsdGVyIC9GbGF0ZURlY29kZQo+PgpzdHJlYW0NCnicNcq9DkAwGAXQ/XuKO2KhhhKjhBjEdF+giZ8iaRNpJd6exXaG01LyXkGV4CpKg6PoAlVdgLMk9Dit2TEbt+F8EGz0n8IVU/AQZpIMHrdBWFyDaYvP4kC7YzTuHx3lBU7qG94NCmVuZHN0cmVhbQplbmRvYmoKOCAwIG9iago8PAovTGVuZ3RoIDE5NQovVHlwZSAvT2JqU3RtCi9OIDUKL0ZpbHRlciAvRmxhdGVEZWNvZGUKL0ZpcnN0IDI3Cj4+CnN0cmVhbQ0KeJxVjssKwjAQRX/lfkGnadM2gghWFEEEUcGFuIhtkIAkYlrRv3fago9FFvfM5MxNECOFTCAhZI4MIk+RQxQK4zHtXzcD2uiLCaCVrQOOKX/Y4gSa+dY1EJhM/jdBa1NbXfonjnEUo3vZKIuSImO1kiJSaqQ6w0bfDSuS3khbE3x7r/iSHMDMu4bnAUWfhzsLhtzyBwiu+41Dj36Ldu256WMHBajUwQyTpbk+TGMrDZq7ytfWXUAH66Yu2A9g4RvwxU5dDQplbmRzdHJlYW0KZW5kb2JqCjkgMCBvYmoKPDwKL0xlbmd0aCAzMwovUm9vdCAxIDAgUgovSUQgWyhoYWljYXAtdGVzdC1wZGYpIChoYWljYXAtdGVzdC1wZGYpXQovVHlwZSAvWFJlZgovU2l6ZSAxMAovSW5kZXggWzAgOV0KL1cgWzEgMSAxXQovRmlsdGVyIC9GbGF0ZURlY29kZQo+PgpzdHJlYW0NCnicY2D4z8jPwMQBRIxMHExMHMxMHCyMfgyMfxgAISQCmA0KZW5kc3RyZWFtCmVuZG9iagpzdGFydHhyZWYKNTUwCiUlRU9GCg==");
    static final byte[] PDF2 = java.util.Base64.getDecoder().decode("JVBERi0xLjYKJfbk/N8KMSAwIG9iago8PAovVHlwZSAvQ2F0YWxvZwovVmVyc2lvbiAvMS42Ci9QYWdlcyAyIDAgUgo+PgplbmRvYmoKNyAwIG9iago8PAovTGVuZ3RoIDEwMAovRmlsdGVyIC9GbGF0ZURlY29kZQo+PgpzdHJlYW0NCniccwrh0nczVDA0UghJ4zI0Uwjx4TIzUDC3MFAISeHScM9MrFSoSExWyMtIzFNIzshXyFfIyC9QKMhILNBUCMniCtHi0gjOB0mDjAgAKvAoTdVR8EhU8MvPhKlwDeECAGQWGy8NCmVuZHN0cmVhbQplbmRvYmoKOCAwIG9iago8PAovTGVuZ3RoIDE5NQovVHlwZSAvT2JqU3RtCi9OIDUKL0ZpbHRlciAvRmxhdGVEZWNvZGUKL0ZpcnN0IDI3Cj4+CnN0cmVhbQ0KeJxVjssKwjAQRX/lfkGnadM2gghWFEEEUcGFuIhtkIAkYlrRv3fago9FFvfM5MxNECOFTCAhZI4MIk+RQxQK4zHtXzcD2uiLCaCVrQOOKX/Y4gSa+dY1EJhM/jdBa1NbXfonjnEUo3vZKIuSImO1kiJSaqQ6w0bfDSuS3khbE3x7r/iSHMDMu4bnAUWfhzsLhtzyBwiu+41Dj36Ldu256WMHBajUwQyTpbk+TGMrDZq7ytfWXUAH66Yu2A9g4RvwxU5dDQplbmRzdHJlYW0KZW5kb2JqCjkgMCBvYmoKPDwKL0xlbmd0aCAzMwovUm9vdCAxIDAgUgovSUQgWyhoYWljYXAtdGVzdC1wZGYpIChoYWljYXAtdGVzdC1wZGYpXQovVHlwZSAvWFJlZgovU2l6ZSAxMAovSW5kZXggWzAgOV0KL1cgWzEgMSAxXQovRmlsdGVyIC9GbGF0ZURlY29kZQo+PgpzdHJlYW0NCnicY2D4z8jPwMQBRIxMHExMHMxMHCyMfgyMfxgAISQCmA0KZW5kc3RyZWFtCmVuZG9iagpzdGFydHhyZWYKNTUwCiUlRU9GCg==");

    static String jdbcUrl;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String jdbc = args[1];
        jdbcUrl = jdbc;
        int amount = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : -1;
        ConfigurableApplicationContext context = SpringApplication.run(
                HaicapApplication.class,
                "--haicap.db.embedded=false",
                "--haicap.evaluation.enabled=false",
                "--spring.datasource.url=" + jdbc,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--server.port=0",
                "--logging.level.root=WARN");
        try {
            DossierManagement dossiers = context.getBean(DossierManagement.class);
            JdbcClient db = JdbcClient.create(context.getBean(DataSource.class));
            List<String[]> steps = new ArrayList<>();
            for (String step : System.getenv().getOrDefault("STEPS", DEFAULT_STEPS).split(",")) {
                steps.add(step.strip().split(":", 3));
            }
            if (mode.equals("lifecycle")) {
                JitWarmup.run((n, label) -> lifecycle(dossiers, db, steps, threads, n), warmup < 0 ? 200 : warmup);
                waitForAuditTrail(db);
                lifecycleMeasured(dossiers, db, steps, amount, threads);
            } else {
                intake(dossiers, db, amount, threads, warmup < 0 ? 10 : warmup);
            }
        } finally {
            context.close();
        }
    }

    static void lifecycleMeasured(DossierManagement dossiers, JdbcClient db, List<String[]> steps, int n, int threads)
            throws Exception {
        try (java.sql.Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            Rows.Snapshot before = Rows.settled(connection);
            long t0 = System.nanoTime();
            List<Long> times = lifecycle(dossiers, db, steps, threads, n);
            long returned = System.nanoTime() - t0;
            waitForAuditTrail(db);
            long elapsed = System.nanoTime() - t0;
            Rows.Snapshot after = Rows.settled(connection);
            String rows = Rows.delta(before, after, n, "haicap-inprocess");
            System.out.println(result(
                    "haicap-inprocess",
                    n,
                    elapsed,
                    times,
                    String.format(
                            Locale.ROOT,
                            "threads=%d audit_drain_s=%.2f %s",
                            threads,
                            (elapsed - returned) / 1e9,
                            rows)));
        }
    }

    static List<Long> lifecycle(DossierManagement dossiers, JdbcClient db, List<String[]> steps, int threads, int n)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        parallel(threads, () -> {
            while (next.getAndIncrement() < n) {
                long start = System.nanoTime();
                String code = dossiers.submit(submission(), CITIZEN, UUID.randomUUID().toString())
                        .code();
                int version = dossiers.get(code, OFFICERS.get("counter")).version();
                for (String[] step : steps) {
                    version = dossiers.transition(
                                    code, step[1], step.length > 2 ? step[2] : null, version, null, OFFICERS.get(step[0]))
                            .version();
                }
                times.add(System.nanoTime() - start);
            }
        });
        return times;
    }

    static void intake(DossierManagement dossiers, JdbcClient db, int seconds, int threads, int warmupSeconds)
            throws Exception {
        submitFor(dossiers, warmupSeconds, threads);
        waitForAuditTrail(db);
        System.out.println("MARK measured-start");
        System.out.flush();
        long t0 = System.nanoTime();
        List<Long> times = submitFor(dossiers, seconds, threads);
        long submitted = System.nanoTime() - t0;
        waitForAuditTrail(db);
        long elapsed = System.nanoTime() - t0;
        System.out.println("MARK measured-end");
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.println(String.format(
                Locale.ROOT,
                "RESULT system=haicap-inprocess-intake dossiers=%d seconds=%.2f dossiers_per_s=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f threads=%d audit_drain_s=%.2f",
                sorted.length,
                elapsed / 1e9,
                sorted.length / (elapsed / 1e9),
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                threads,
                (elapsed - submitted) / 1e9));
    }

    static List<Long> submitFor(DossierManagement dossiers, int seconds, int threads) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        parallel(threads, () -> {
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                dossiers.submit(submission(), CITIZEN, UUID.randomUUID().toString());
                times.add(System.nanoTime() - start);
            }
        });
        return times;
    }

    static SubmitCommand submission() {
        return new SubmitCommand(
                "1.001022",
                "online",
                "00004",
                null,
                null,
                "Nguyễn Thị Lan",
                "001190000123",
                "12 Phố Huế, Hà Nội",
                "lan@example.vn",
                "0912345678",
                List.of(
                        new SubmitCommand.Upload("to-khai.pdf", "application/pdf", PDF, 1),
                        new SubmitCommand.Upload("xac-nhan.pdf", "application/pdf", PDF2, 2)),
                List.of(),
                List.of(),
                null);
    }

    interface Work {
        void run() throws Exception;
    }

    static void parallel(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                work.run();
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    static void waitForAuditTrail(JdbcClient db) throws InterruptedException {
        for (int i = 0; i < 6000; i++) {
            long open = db.sql("select count(*) from public.event_publication where completion_date is null")
                    .query(Long.class)
                    .single();
            if (open == 0) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("event publications still incomplete after 60 s");
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static String result(String system, int n, long elapsedNanos, List<Long> times, String extra) {
        long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        double s = elapsedNanos / 1e9;
        return String.format(
                Locale.ROOT,
                "RESULT system=%s dossiers=%d seconds=%.2f dossiers_per_s=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f %s",
                system,
                n,
                s,
                n / s,
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                extra);
    }
}
