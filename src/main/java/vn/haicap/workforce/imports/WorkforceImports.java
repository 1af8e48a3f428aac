package vn.haicap.workforce.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;
import vn.haicap.shared.TableFormat;
import vn.haicap.workforce.WorkforceManagement;
import vn.haicap.workforce.WorkforceManagement.CheckedRecord;
import vn.haicap.workforce.WorkforceManagement.ImportLookups;
import vn.haicap.workforce.WorkforceManagement.ImportRecord;
import vn.haicap.workforce.imports.ImportJobView.Rejection;
import vn.haicap.workforce.imports.ImportJobView.Status;

/**
 * Imports of the workforce template run in the background, one at a time. Rows are stored in chunks of
 * {@value #CHUNK}, one transaction per chunk: rows creating new people are checked in memory and written
 * in JDBC batches; the others (known people, repeated identity numbers) and the rows of a batch that
 * failed on a constraint go one by one, a savepoint per row. A bad row (or one outside the officer's
 * jurisdiction) is reported with its line, the rest goes through. The job,
 * its progress and its rejected rows are stored with each chunk, so they survive a restart; a job that a
 * stop cut short is reported as {@code interrupted} (re-importing the file is harmless). The upload is
 * deleted once read.
 */
@Service
public class WorkforceImports implements DisposableBean {

    /** Rejections kept per job (the count goes on). */
    static final int MAX_REJECTIONS = 1000;

    /** Rows per transaction. */
    static final int CHUNK = 1000;

    private static final Logger log = LoggerFactory.getLogger(WorkforceImports.class);

    private final WorkforceManagement workforce;
    private final ApplicationEventPublisher events;
    private final ImportJobStore jobs;
    private final TransactionTemplate transactions;
    private final TransactionTemplate nested;
    private final ThreadPoolExecutor executor;
    private final Instant started = Instant.now();

    WorkforceImports(
            WorkforceManagement workforce,
            ApplicationEventPublisher events,
            ImportJobStore jobs,
            PlatformTransactionManager transactionManager) {
        this.workforce = workforce;
        this.events = events;
        this.jobs = jobs;
        this.transactions = new TransactionTemplate(transactionManager);
        this.nested = new TransactionTemplate(transactionManager);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(20), r -> {
            Thread thread = new Thread(r, "workforce-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Jobs that were queued or running when the application last stopped are reported as interrupted. */
    @EventListener(ApplicationReadyEvent.class)
    void reportInterruptedJobs() {
        int interrupted = markInterrupted();
        if (interrupted > 0) {
            log.warn("{} workforce import(s) were interrupted by a stop; their stored rows remain", interrupted);
        }
    }

    /** Marks the jobs this process does not run (none before its start) as interrupted. */
    int markInterrupted() {
        return jobs.markInterruptedBefore(started);
    }

    /** Stores the upload, checks its header and queues it. Only HR officers import. */
    public ImportJobView submit(CurrentUser user, String fileName, InputStream content) throws IOException {
        if (!user.has(Role.HR_OFFICER)) {
            throw HaicapException.forbidden("workforce.forbidden");
        }
        TableFormat format = TableFormat.ofFileName(fileName)
                .orElseThrow(() -> HaicapException.invalid("workforce.import-format", fileName));
        Path file = Files.createTempFile("haicap-workforce-", format.extension());
        try {
            Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (RowSource ignored = RowSource.open(format, Files.newInputStream(file))) {
                // the header is checked now: a file without the required columns is refused at once
            }
            Job job = new Job(UUID.randomUUID(), user, fileName, format, file, Files.size(file));
            jobs.insert(job.id, user.username(), fileName, format.name().toLowerCase(java.util.Locale.ROOT), job.size);
            try {
                executor.execute(() -> run(job));
            } catch (RejectedExecutionException e) {
                jobs.delete(job.id);
                throw new HaicapException(HttpStatus.SERVICE_UNAVAILABLE, "workforce.import-busy");
            }
            events.publishEvent(AuditEvent.of(
                    user.username(),
                    "workforce.import-submitted",
                    "import",
                    job.id.toString(),
                    Map.of("file", fileName)));
            return find(job.id, user);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The job if it belongs to the user; otherwise {@code workforce.import-not-found}. */
    public ImportJobView find(UUID id, CurrentUser user) {
        return jobs.find(id, user.username(), MAX_REJECTIONS)
                .orElseThrow(() -> HaicapException.notFound("workforce.import-not-found"));
    }

    private void run(Job job) {
        // the reader closes the file
        try (ChunkReader reader = new ChunkReader(
                RowSource.open(job.format, Files.newInputStream(job.file)),
                CHUNK,
                (source, lastLine) -> percent(job, source, lastLine))) {
            jobs.progress(job.id, Status.RUNNING, 0, 0, 0, 0, null);
            ChunkReader.Chunk chunk;
            while ((chunk = reader.next()) != null) {
                List<RowSource.SourceRow> rows = chunk.rows();
                Integer percent = chunk.percent();
                transactions.executeWithoutResult(status -> {
                    List<Rejection> rejected = store(job, rows);
                    job.processed += rows.size();
                    jobs.reject(job.id, rejected);
                    jobs.progress(
                            job.id, Status.RUNNING, job.processed, job.accepted, job.rejectedCount, percent, null);
                });
            }
            jobs.progress(job.id, Status.DONE, job.processed, job.accepted, job.rejectedCount, 100, null);
            log.info(
                    "Workforce import {} done: {} rows, {} accepted, {} rejected",
                    job.id,
                    job.processed,
                    job.accepted,
                    job.rejectedCount);
        } catch (HaicapException e) {
            failed(job, e.code());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(job, "workforce.import-failed");
        } catch (IOException | RuntimeException e) {
            log.error("Workforce import {} failed", job.id, e);
            failed(job, "workforce.import-failed");
        } finally {
            try {
                Files.deleteIfExists(job.file);
            } catch (IOException e) {
                log.warn("Could not delete the upload of workforce import {}: {}", job.id, e.toString());
            }
        }
    }

    private void failed(Job job, String code) {
        try {
            jobs.progress(job.id, Status.FAILED, job.processed, job.accepted, job.rejectedCount, null, code);
        } catch (DataAccessException e) {
            log.error("Could not record the failure of workforce import {}", job.id, e);
        }
    }

    private static @Nullable Integer percent(Job job, RowSource source, long lastLine) {
        if (job.format == TableFormat.CSV && job.size > 0) {
            return (int) Math.min(99, source.bytesRead() * 100 / job.size);
        }
        long totalRows = source.totalRows();
        if (totalRows > 0) {
            return (int) Math.min(99, lastLine * 100 / totalRows);
        }
        return null;
    }

    /**
     * Stores a chunk within the caller's transaction and returns its rejections. First in memory: each row
     * is read (formats, codes), then one query finds the identity numbers already recorded; a row that
     * creates a new person, seen for the first time in the file, is checked against the job's agencies and
     * positions and written with the others in JDBC batches, in one savepoint. Rows of known people (or
     * seen earlier in the file), and every row of a batch that failed, are then stored one by one in their
     * own savepoints, in line order, as before.
     */
    private List<Rejection> store(Job job, List<RowSource.SourceRow> chunk) {
        List<Pending> problems = new ArrayList<>();
        List<ImportRecord> rows = new ArrayList<>(chunk.size());
        for (RowSource.SourceRow row : chunk) {
            try {
                rows.add(new ImportRecord(
                        row.line(),
                        ImportRows.person(row),
                        ImportRows.required(row, "agency_code"),
                        ImportRows.assignment(row),
                        ImportRows.outcome(row)));
            } catch (HaicapException e) {
                problems.add(new Pending(row.line(), e.code(), List.of(e.arguments())));
            }
        }
        Set<String> known = workforce.knownIdentities(
                rows.stream().map(r -> r.data().identityNumber()).toList());
        List<CheckedRecord> fresh = new ArrayList<>();
        List<ImportRecord> oneByOne = new ArrayList<>();
        for (ImportRecord row : rows) {
            String number = row.data().identityNumber();
            if (known.contains(number) || !job.seen.add(number)) {
                oneByOne.add(row);
                continue;
            }
            try {
                fresh.add(workforce.checkNew(job.user, row, job.lookups));
            } catch (HaicapException e) {
                problems.add(new Pending(row.line(), e.code(), List.of(e.arguments())));
            }
        }
        if (!fresh.isEmpty()) {
            try {
                nested.executeWithoutResult(status -> workforce.storeNew(job.user, fresh));
                job.accepted += fresh.size();
            } catch (DataAccessException | HaicapException e) {
                log.info(
                        "Workforce import {}: a batch of {} rows failed ({}), storing them one by one",
                        job.id,
                        fresh.size(),
                        e.toString());
                fresh.forEach(f -> oneByOne.add(f.row()));
            }
        }
        oneByOne.sort(Comparator.comparingLong(ImportRecord::line));
        for (ImportRecord row : oneByOne) {
            process(job, row, problems);
        }
        problems.sort(Comparator.comparingLong(Pending::line));
        List<Rejection> rejected = new ArrayList<>();
        for (Pending p : problems) {
            job.reject(rejected, p.line(), p.code(), p.arguments());
        }
        return rejected;
    }

    private record Pending(long line, String code, List<Object> arguments) {}

    /** One row in its own savepoint ({@link WorkforceManagement#importRecord} runs nested). */
    private void process(Job job, ImportRecord row, List<Pending> problems) {
        try {
            workforce.importRecord(job.user, row.data(), row.agencyCode(), row.assignment(), row.outcome());
            job.accepted++;
        } catch (HaicapException e) {
            problems.add(new Pending(row.line(), e.code(), List.of(e.arguments())));
        } catch (DataAccessException e) {
            log.warn("Workforce import {} line {}: {}", job.id, row.line(), e.toString());
            problems.add(new Pending(row.line(), "workforce.row-failed", List.of()));
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** A running job: its counters live here while it runs and are stored with each chunk. */
    private static final class Job {
        final UUID id;
        final CurrentUser user;
        final String fileName;
        final TableFormat format;
        final Path file;
        final long size;
        long processed;
        long accepted;
        long rejectedCount;
        /** Identity numbers met so far in the file: a second row of the same person goes one by one. */
        final Set<String> seen = new HashSet<>();
        /** Agencies and positions read once per job. */
        final ImportLookups lookups = new ImportLookups();

        Job(UUID id, CurrentUser user, String fileName, TableFormat format, Path file, long size) {
            this.id = id;
            this.user = user;
            this.fileName = fileName;
            this.format = format;
            this.file = file;
            this.size = size;
        }

        void reject(List<Rejection> chunk, long line, String code, List<Object> arguments) {
            rejectedCount++;
            if (rejectedCount <= MAX_REJECTIONS) {
                chunk.add(new Rejection(
                        line,
                        code,
                        arguments.stream()
                                .map(String::valueOf)
                                .map(Object.class::cast)
                                .toList()));
            }
        }
    }
}
