package vn.haicap.address.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.haicap.address.batch.BatchJobView.State;
import vn.haicap.shared.HaicapException;
import vn.haicap.shared.TableFormat;

/**
 * Batch conversions uploaded from the web page, run in the background a few at a time. The upload is
 * kept in a folder of its own under {@code haicap.address.batch.directory}, its header checked before
 * the job is accepted, and the result kept for {@code retention} after the job ends. A job is seen
 * only by its owner (a user name or a browser session); its id is a random UUID. Jobs live in memory:
 * after a restart their folders are no longer reachable and are deleted once past {@code retention}.
 */
@Service
public class AddressBatchJobs implements DisposableBean {

    static final String NOT_FOUND = "address.batch-job-not-found";
    static final String NOT_READY = "address.batch-job-not-ready";
    static final String BUSY = "address.batch-busy";
    static final String TOO_MANY = "address.batch-too-many-jobs";
    static final String FAILED = "address.batch-failed";
    static final String UNSUPPORTED = "address.batch-unsupported-format";

    /** Jobs one owner may have queued or running at once. */
    static final int MAX_ACTIVE_PER_OWNER = 3;

    private static final Logger log = LoggerFactory.getLogger(AddressBatchJobs.class);

    private final AddressBatchConverter converter;
    private final Path directory;
    private final Duration retention;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    private final ScheduledExecutorService sweeper;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    AddressBatchJobs(AddressBatchConverter converter, BatchJobProperties properties, Environment environment)
            throws IOException {
        this.converter = converter;
        this.directory = properties.directory().isBlank()
                ? Path.of(environment.resolvePlaceholders("${HAICAP_DATA:./data}"), "batch")
                        .toAbsolutePath()
                : Path.of(properties.directory()).toAbsolutePath();
        this.retention = properties.retention();
        this.clock = Clock.systemUTC();
        Files.createDirectories(directory);
        deleteLeftovers();
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                properties.concurrency(),
                properties.concurrency(),
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queueCapacity()),
                r -> daemon(r, "address-batch-" + threads.incrementAndGet()));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "address-batch-sweeper"));
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, 1, 1, TimeUnit.MINUTES);
    }

    /**
     * Stores the upload and queues its conversion. Throws {@code address.batch-unsupported-format},
     * the header problems of {@link AddressBatchConverter#open}, {@code address.batch-too-many-jobs} or
     * {@code address.batch-busy}.
     */
    public BatchJobView submit(String owner, String fileName, InputStream content) throws IOException {
        TableFormat format = TableFormat.ofFileName(fileName, ".txt")
                .orElseThrow(() -> HaicapException.invalid(UNSUPPORTED, fileName));
        long active = jobs.values().stream()
                .filter(j -> j.owner.equals(owner) && !j.state.ended())
                .count();
        if (active >= MAX_ACTIVE_PER_OWNER) {
            throw HaicapException.conflict(TOO_MANY, MAX_ACTIVE_PER_OWNER);
        }
        UUID id = UUID.randomUUID();
        Path folder = directory.resolve(id.toString());
        Files.createDirectories(folder);
        Job job = new Job(id, owner, fileName, format, folder, clock.instant());
        try {
            Files.copy(content, job.input());
            job.totalBytes = Files.size(job.input());
            try (BatchRun ignored = converter.open(Files.newInputStream(job.input()), format, job.totalBytes)) {
                // opening reads the header: a file without an address column is refused now, not later
            }
            jobs.put(id, job);
            executor.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(id);
            delete(folder);
            throw new HaicapException(HttpStatus.SERVICE_UNAVAILABLE, BUSY);
        } catch (IOException | RuntimeException e) {
            jobs.remove(id);
            delete(folder);
            throw e;
        }
        log.info("Queued address batch job {} ({}, {} bytes)", id, format, job.totalBytes);
        return job.view(retention);
    }

    /** The job, if it exists and belongs to {@code owner}; otherwise {@code address.batch-job-not-found}. */
    public BatchJobView find(UUID id, String owner) {
        return job(id, owner).view(retention);
    }

    /** The converted file of a finished job; {@code address.batch-job-not-ready} before. */
    public Path result(UUID id, String owner) {
        Job job = job(id, owner);
        if (job.state != State.DONE || !Files.exists(job.output())) {
            throw HaicapException.conflict(NOT_READY);
        }
        return job.output();
    }

    private Job job(UUID id, String owner) {
        Job job = jobs.get(id);
        if (job == null || !job.owner.equals(owner)) {
            throw HaicapException.notFound(NOT_FOUND);
        }
        return job;
    }

    /** The end time first: a reader that sees the job ended also sees when (and so when it expires). */
    private void end(Job job, State state) {
        job.ended = clock.instant();
        job.state = state;
    }

    private void run(Job job) {
        job.state = State.RUNNING;
        try {
            job.summary = converter.convert(job.input(), job.output(), true, (rows, bytes, total) -> {
                job.rowsDone = rows;
                job.bytesRead = bytes;
            });
            job.rowsDone = job.summary.rowsRead();
            end(job, State.DONE);
            log.info(
                    "Address batch job {} done: {} rows, {} errors in {} ms",
                    job.id,
                    job.summary.rowsRead(),
                    job.summary.errors(),
                    job.summary.duration().toMillis());
        } catch (HaicapException e) {
            job.failureCode = e.code();
            end(job, State.FAILED);
        } catch (IOException | RuntimeException e) {
            log.error("Address batch job {} failed", job.id, e);
            job.failureCode = FAILED;
            end(job, State.FAILED);
        } finally {
            try {
                Files.deleteIfExists(job.input());
            } catch (IOException e) {
                log.warn("Could not delete the upload of batch job {}: {}", job.id, e.toString());
            }
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
            deleteLeftovers();
        } catch (IOException | RuntimeException e) {
            log.warn("Sweeping old batch jobs failed: {}", e.toString());
        }
    }

    /** Forgets jobs that ended more than {@code retention} ago and deletes their files. */
    void sweep() {
        Instant limit = clock.instant().minus(retention);
        jobs.values().removeIf(job -> {
            Instant ended = job.ended;
            if (ended != null && ended.isBefore(limit)) {
                delete(job.folder);
                return true;
            }
            return false;
        });
    }

    /**
     * Deletes job folders left by an earlier run once they are older than {@code retention}; younger
     * ones may belong to another instance sharing the folder.
     */
    private void deleteLeftovers() throws IOException {
        Instant limit = clock.instant().minus(retention);
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(p -> isUuid(String.valueOf(p.getFileName())))
                    .filter(p -> modifiedBefore(p, limit))
                    .forEach(AddressBatchJobs::delete);
        }
    }

    private static boolean modifiedBefore(Path path, Instant limit) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(limit);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isUuid(String name) {
        try {
            return UUID.fromString(name).toString().equals(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete batch folder {}: {}", folder, e.toString());
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
        executor.shutdownNow();
    }

    Path directory() {
        return directory;
    }

    private static final class Job {
        final UUID id;
        final String owner;
        final String fileName;
        final TableFormat format;
        final Path folder;
        final Instant created;
        volatile State state = State.QUEUED;
        volatile long rowsDone;
        volatile long bytesRead;
        volatile long totalBytes;
        volatile @Nullable BatchSummary summary;
        volatile @Nullable String failureCode;
        volatile @Nullable Instant ended;

        Job(UUID id, String owner, String fileName, TableFormat format, Path folder, Instant created) {
            this.id = id;
            this.owner = owner;
            this.fileName = fileName;
            this.format = format;
            this.folder = folder;
            this.created = created;
        }

        Path input() {
            return folder.resolve("input" + format.extension());
        }

        Path output() {
            return folder.resolve("result" + format.extension());
        }

        BatchJobView view(Duration retention) {
            State now = state; // read once, before what is written before it
            Instant end = ended;
            BatchSummary done = summary;
            Integer percent = null;
            if (now == State.DONE) {
                percent = 100;
            } else if (format == TableFormat.CSV && totalBytes > 0) {
                percent = (int) Math.min(99, bytesRead * 100 / totalBytes);
            }
            return new BatchJobView(
                    id,
                    fileName,
                    now,
                    rowsDone,
                    percent,
                    done,
                    failureCode,
                    format,
                    created,
                    end == null ? null : end.plus(retention));
        }
    }
}
