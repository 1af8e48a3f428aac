package vn.haicap.bench.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.IdentityService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * Runs dossiers through the BPMN life-cycle in an embedded Flowable engine (standalone configuration, its own
 * JDBC pool) on a PostgreSQL database: start the process as the applicant with the dossier's data as variables,
 * then, for each of the seven user tasks, find the open task (as an officer reading the dossier before acting)
 * and complete it as the officer of the right role, setting the variable "status".
 *
 * <pre>
 * java -cp target/classes:target/lib/* vn.haicap.bench.lifecycle.FlowableLifecycle JDBC_URL USER PASSWORD
 *     DOSSIERS THREADS [WARMUP] [HISTORY]           HISTORY = none | activity | audit (default) | full
 * </pre>
 */
public final class FlowableLifecycle {

    /** The user tasks in order, with the officer who completes each and the status it leaves. */
    static final String[][] STEPS = {
        {"receive", "counter.hanoi", "received"},
        {"startProcessing", "counter.hanoi", "in_process"},
        {"process", "specialist.hanoi", "processed"},
        {"review", "leader.hanoi", "reviewed"},
        {"sign", "leader.hanoi", "resolved_approved"},
        {"issueResult", "counter.hanoi", "result_at_counter"},
        {"returnResult", "counter.hanoi", "returned"},
    };

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int dossiers = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 200;
        String history = args.length > 6 ? args[6] : "audit";

        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(url)
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername(args[1])
                .setJdbcPassword(args[2])
                .setJdbcMaxActiveConnections(Math.max(10, threads * 2))
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistoryLevel(HistoryLevel.getHistoryLevelForKey(history))
                .setAsyncExecutorActivate(false)
                .buildProcessEngine();
        try {
            if (engine.getRepositoryService()
                            .createProcessDefinitionQuery()
                            .processDefinitionKey("dossierLifecycle")
                            .count()
                    == 0) {
                engine.getRepositoryService()
                        .createDeployment()
                        .addClasspathResource("dossier-lifecycle.bpmn20.xml")
                        .deploy();
            }
            JitWarmup.run((n, label) -> run(engine, n, threads, label), warmup);
            try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, args[1], args[2])) {
                Rows.Snapshot before = Rows.settled(db);
                long t0 = System.nanoTime();
                List<Long> times = run(engine, dossiers, threads, "measured-" + t0);
                long elapsed = System.nanoTime() - t0;
                Rows.Snapshot after = Rows.settled(db);
                String rows = Rows.delta(before, after, dossiers, "flowable");
                System.out.println(Stats.result(
                        "flowable", dossiers, elapsed, times, "threads=" + threads + " history=" + history + " " + rows));
            }
        } finally {
            engine.close();
        }
    }

    static List<Long> run(ProcessEngine engine, int dossiers, int threads, String label) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < dossiers) {
                    long start = System.nanoTime();
                    oneDossier(engine, label + "-" + i);
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

    static void oneDossier(ProcessEngine engine, String businessKey) {
        IdentityService identity = engine.getIdentityService();
        RuntimeService runtime = engine.getRuntimeService();
        TaskService tasks = engine.getTaskService();
        Map<String, Object> data = new HashMap<>();
        data.put("procedureCode", "1.001022");
        data.put("channel", "online");
        data.put("receivingCommune", "00004");
        data.put("applicantName", "Nguyễn Thị Lan");
        data.put("applicantIdNumber", "001190000123");
        data.put("applicantAddress", "12 Phố Huế, Hà Nội");
        data.put("applicantEmail", "lan@example.vn");
        data.put("applicantPhone", "0912345678");
        data.put("status", "submitted");
        identity.setAuthenticatedUserId("citizen");
        String id;
        try {
            id = runtime.startProcessInstanceByKey("dossierLifecycle", businessKey, data)
                    .getId();
        } finally {
            identity.setAuthenticatedUserId(null);
        }
        for (String[] step : STEPS) {
            Task task = tasks.createTaskQuery().processInstanceId(id).singleResult();
            if (task == null || !task.getTaskDefinitionKey().equals(step[0])) {
                throw new IllegalStateException(
                        "expected task " + step[0] + " in " + id + ", found " + (task == null ? null : task.getTaskDefinitionKey()));
            }
            identity.setAuthenticatedUserId(step[1]);
            try {
                tasks.complete(task.getId(), Map.of("status", step[2]));
            } finally {
                identity.setAuthenticatedUserId(null);
            }
        }
    }
}
