package vn.haicap.workforce.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.haicap.account.CurrentUser;
import vn.haicap.shared.AuditEvent;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.Role;
import vn.haicap.shared.TableFormat;
import vn.haicap.workforce.NewAssignment;
import vn.haicap.workforce.NewOutcome;
import vn.haicap.workforce.PersonData;
import vn.haicap.workforce.WorkforceManagement;
import vn.haicap.workforce.imports.ImportJobView.Rejection;
import vn.haicap.workforce.imports.ImportJobView.Status;

/**
 * Imports of the workforce template run in the background, one at a time, each row in its own
 * transaction: a bad row (or one outside the officer's jurisdiction) is reported with its line and the
 * rest goes through. Jobs are kept in memory for their owner until the application stops; the upload is
 * deleted once read.
 */
@Service
public class WorkforceImports implements DisposableBean {

    /** Rejections kept per job (the count goes on). */
    static final int MAX_REJECTIONS = 1000;

    static final int MAX_JOBS_KEPT = 200;

    private static final Logger log = LoggerFactory.getLogger(WorkforceImports.class);

    private final WorkforceManagement workforce;
    private final ApplicationEventPublisher events;
    private final ThreadPoolExecutor executor;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    WorkforceImports(WorkforceManagement workforce, ApplicationEventPublisher events) {
        this.workforce = workforce;
        this.events = events;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(20), r -> {
            Thread thread = new Thread(r, "workforce-import");
            thread.setDaemon(true);
            return thread;
        });
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
            forgetOldJobs();
            jobs.put(job.id, job);
            try {
                executor.execute(() -> run(job));
            } catch (RejectedExecutionException e) {
                jobs.remove(job.id);
                throw new HaicapException(HttpStatus.SERVICE_UNAVAILABLE, "workforce.import-busy");
            }
            events.publishEvent(AuditEvent.of(
                    user.username(),
                    "workforce.import-submitted",
                    "import",
                    job.id.toString(),
                    Map.of("file", fileName)));
            return job.view();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The job if it belongs to the user; otherwise {@code workforce.import-not-found}. */
    public ImportJobView find(UUID id, CurrentUser user) {
        Job job = jobs.get(id);
        if (job == null || !job.user.username().equals(user.username())) {
            throw HaicapException.notFound("workforce.import-not-found");
        }
        return job.view();
    }

    private void run(Job job) {
        job.status = Status.RUNNING;
        try (RowSource source = RowSource.open(job.format, Files.newInputStream(job.file))) {
            job.source = source;
            RowSource.SourceRow row;
            while ((row = source.next()) != null) {
                process(job, row);
                job.processed++;
            }
            job.status = Status.DONE;
            log.info(
                    "Workforce import {} done: {} rows, {} accepted, {} rejected",
                    job.id,
                    job.processed,
                    job.accepted,
                    job.rejectedCount);
        } catch (HaicapException e) {
            job.failureCode = e.code();
            job.status = Status.FAILED;
        } catch (IOException | RuntimeException e) {
            log.error("Workforce import {} failed", job.id, e);
            job.failureCode = "workforce.import-failed";
            job.status = Status.FAILED;
        } finally {
            try {
                Files.deleteIfExists(job.file);
            } catch (IOException e) {
                log.warn("Could not delete the upload of workforce import {}: {}", job.id, e.toString());
            }
        }
    }

    private void process(Job job, RowSource.SourceRow row) {
        try {
            PersonData person = ImportRows.person(row);
            String agency = ImportRows.required(row, "agency_code");
            NewAssignment assignment = ImportRows.assignment(row);
            NewOutcome outcome = ImportRows.outcome(row);
            workforce.importRecord(job.user, person, agency, assignment, outcome);
            job.accepted++;
        } catch (HaicapException e) {
            job.reject(row.line(), e.code(), List.of(e.arguments()));
        } catch (DataAccessException e) {
            log.warn("Workforce import {} line {}: {}", job.id, row.line(), e.toString());
            job.reject(row.line(), "workforce.row-failed", List.of());
        }
    }

    private void forgetOldJobs() {
        if (jobs.size() < MAX_JOBS_KEPT) {
            return;
        }
        jobs.values().stream()
                .filter(j -> j.status.ended())
                .sorted(java.util.Comparator.comparing(j -> j.created))
                .limit(jobs.size() - MAX_JOBS_KEPT + 1L)
                .forEach(j -> jobs.remove(j.id));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    private static final class Job {
        final UUID id;
        final CurrentUser user;
        final String fileName;
        final TableFormat format;
        final Path file;
        final long size;
        final java.time.Instant created = java.time.Instant.now();
        final List<Rejection> rejected = new ArrayList<>();
        volatile Status status = Status.QUEUED;
        volatile long processed;
        volatile long accepted;
        volatile long rejectedCount;
        volatile @Nullable RowSource source;
        volatile @Nullable String failureCode;

        Job(UUID id, CurrentUser user, String fileName, TableFormat format, Path file, long size) {
            this.id = id;
            this.user = user;
            this.fileName = fileName;
            this.format = format;
            this.file = file;
            this.size = size;
        }

        synchronized void reject(long line, String code, List<Object> arguments) {
            rejectedCount++;
            if (rejected.size() < MAX_REJECTIONS) {
                rejected.add(new Rejection(
                        line,
                        code,
                        arguments.stream()
                                .map(String::valueOf)
                                .map(Object.class::cast)
                                .toList()));
            }
        }

        synchronized ImportJobView view() {
            Integer percent = null;
            RowSource s = source;
            if (status == Status.DONE) {
                percent = 100;
            } else if (status == Status.QUEUED) {
                percent = 0;
            } else if (format == TableFormat.CSV && s != null && size > 0) {
                percent = (int) Math.min(99, s.bytesRead() * 100 / size);
            }
            return new ImportJobView(
                    id,
                    fileName,
                    status,
                    processed,
                    accepted,
                    rejectedCount,
                    percent,
                    List.copyOf(rejected),
                    failureCode);
        }
    }
}
