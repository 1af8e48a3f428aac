package vn.haicap.bench.lifecycle;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs dossiers through Haicap's life-cycle over its HTTP API, as the applicant and the officers would (HTTP basic
 * on every request, as the API requires): submit as the citizen, read the dossier once as the counter officer for
 * its version, then one transition per step as the step's officer, taking the next version from each answer.
 * The clock stops when the last dossier is returned AND the asynchronous audit trail has caught up (no
 * incomplete row left in event_publication), read through JDBC.
 *
 * <pre>
 * java -cp target/classes:target/lib/* vn.haicap.bench.lifecycle.HttpLifecycle BASE_URL JDBC_URL DOSSIERS THREADS
 *     [WARMUP] [BODY_FILE]
 * env STEPS = "counter:receive,counter:start_processing,specialist:complete,leader:complete:Đã xem xét,leader:approve,counter:issue_result,counter:return"
 * </pre>
 */
public final class HttpLifecycle {

    static final Map<String, String> USERS = Map.of(
            "citizen", "citizen:Demo-citizen-2025",
            "counter", "counter.hanoi:Demo-counter-2025",
            "specialist", "specialist.hanoi:Demo-specialist-2025",
            "leader", "leader.hanoi:Demo-leader-2025");
    static final String DEFAULT_STEPS =
            "counter:receive,counter:start_processing,specialist:complete,leader:complete:Đã xem xét,leader:approve,counter:issue_result,counter:return";
    private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    final String base;
    final String body;
    final List<String[]> steps = new ArrayList<>();
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    HttpLifecycle(String base, String body, String steps) {
        this.base = base;
        this.body = body;
        for (String step : steps.split(",")) {
            this.steps.add(step.strip().split(":", 3));
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        int dossiers = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        String body = Files.readString(Path.of(args.length > 5 ? args[5] : "bench/intake/submission.json"));
        String steps = System.getenv().getOrDefault("STEPS", DEFAULT_STEPS);
        HttpLifecycle driver = new HttpLifecycle(base, body, steps);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            driver.run(warmup, threads);
            waitForAuditTrail(db);
            Rows.Snapshot before = Rows.settled(db);
            long t0 = System.nanoTime();
            List<Long> times = driver.run(dossiers, threads);
            long returned = System.nanoTime() - t0;
            waitForAuditTrail(db);
            long elapsed = System.nanoTime() - t0;
            Rows.Snapshot after = Rows.settled(db);
            String rows = Rows.delta(before, after, dossiers, "haicap-http");
            System.out.println(Stats.result(
                    "haicap-http",
                    dossiers,
                    elapsed,
                    times,
                    String.format(
                            java.util.Locale.ROOT,
                            "threads=%d requests_per_dossier=%d audit_drain_s=%.2f %s",
                            threads,
                            2 + driver.steps.size(),
                            (elapsed - returned) / 1e9,
                            rows)));
        }
    }

    /** Waits until every event publication (the audit trail, written after commit) is complete. */
    static void waitForAuditTrail(Connection db) throws Exception {
        for (int i = 0; i < 6000; i++) {
            try (ResultSet rs = db.createStatement()
                    .executeQuery("select count(*) from public.event_publication where completion_date is null")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("event publications still incomplete after 60 s");
    }

    List<Long> run(int dossiers, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                while (next.getAndIncrement() < dossiers) {
                    long start = System.nanoTime();
                    oneDossier();
                    times.add(System.nanoTime() - start);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return times;
    }

    void oneDossier() throws Exception {
        String created = send("citizen", "POST", "/api/v1/dossiers", body, 201, UUID.randomUUID().toString());
        String code = first(CODE, created, "code");
        String dossier = send("counter", "GET", "/api/v1/dossiers/" + code, null, 200, null);
        int version = Integer.parseInt(first(VERSION, dossier, "version"));
        for (String[] step : steps) {
            String answer = send(
                    step[0],
                    "POST",
                    "/api/v1/dossiers/" + code + "/transitions",
                    step.length > 2
                            ? "{\"action\":\"" + step[1] + "\",\"reason\":\"" + step[2] + "\",\"version\":" + version + "}"
                            : "{\"action\":\"" + step[1] + "\",\"version\":" + version + "}",
                    200,
                    null);
            version = Integer.parseInt(first(VERSION, answer, "version"));
        }
    }

    String send(String who, String method, String path, String json, int expected, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(USERS.get(who).getBytes(StandardCharsets.UTF_8)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " as " + who + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response.body();
    }

    static String first(Pattern pattern, String json, String what) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in " + json);
        }
        return m.group(1);
    }
}
