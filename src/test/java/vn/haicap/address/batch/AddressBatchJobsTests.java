package vn.haicap.address.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.StandardEnvironment;
import vn.haicap.shared.HaicapException;

class AddressBatchJobsTests {

    @TempDir
    Path dir;

    private AddressBatchJobs jobs;

    @AfterEach
    void stop() {
        if (jobs != null) {
            jobs.destroy();
        }
    }

    @Test
    void convertsAnUploadInTheBackgroundForItsOwner() throws Exception {
        jobs = jobs(Duration.ofHours(3));
        BatchJobView submitted = jobs.submit("session:a", "khach-hang.csv", csv(AddressSamples.oldAddresses(2_000)));

        BatchJobView done = awaitEnd(submitted.id(), "session:a");

        assertThat(done.state()).isEqualTo(BatchJobView.State.DONE);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.summary()).isNotNull();
        assertThat(done.summary().rowsRead()).isEqualTo(2_000);
        assertThat(done.downloadName()).isEqualTo("khach-hang-converted.csv");
        assertThat(done.expires()).isAfter(done.created());
        List<String> lines = Files.readAllLines(jobs.result(submitted.id(), "session:a"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2_001);
        assertThat(lines.get(0)).startsWith("\uFEFFid,address,status");
    }

    @Test
    void hidesAJobFromEveryoneButItsOwner() throws Exception {
        jobs = jobs(Duration.ofHours(3));
        BatchJobView job = jobs.submit("user:alice", "a.csv", csv(AddressSamples.oldAddresses(10)));

        assertThatThrownBy(() -> jobs.find(job.id(), "user:bob"))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("address.batch-job-not-found"));
        assertThatThrownBy(() -> jobs.result(job.id(), "session:xyz"))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("address.batch-job-not-found"));
        assertThatThrownBy(() -> jobs.find(UUID.randomUUID(), "user:alice"))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("address.batch-job-not-found"));
        assertThat(jobs.find(job.id(), "user:alice").fileName()).isEqualTo("a.csv");
    }

    @Test
    void refusesAnUploadWithoutAddressColumnBeforeQueuingItAndKeepsNothing() throws IOException {
        jobs = jobs(Duration.ofHours(3));
        var upload = new ByteArrayInputStream("id,street\n1,x\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> jobs.submit("session:a", "x.csv", upload))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("address.batch-no-address-column"));
        assertThat(jobFolders()).isEmpty();
    }

    @Test
    void refusesFilesThatAreNeitherCsvNorXlsx() {
        jobs = jobs(Duration.ofHours(3));
        var upload = new ByteArrayInputStream(new byte[] {1, 2, 3});

        assertThatThrownBy(() -> jobs.submit("session:a", "photo.jpg", upload))
                .isInstanceOfSatisfying(
                        HaicapException.class, e -> assertThat(e.code()).isEqualTo("address.batch-unsupported-format"));
    }

    @Test
    void deletesTheFilesOfJobsPastTheirRetention() throws Exception {
        jobs = jobs(Duration.ZERO);
        BatchJobView job = jobs.submit("session:a", "a.csv", csv(AddressSamples.oldAddresses(10)));
        awaitEnd(job.id(), "session:a");
        assertThat(jobFolders()).hasSize(1);
        Thread.sleep(5);

        jobs.sweep();

        assertThat(jobFolders()).isEmpty();
        assertThatThrownBy(() -> jobs.find(job.id(), "session:a")).isInstanceOf(HaicapException.class);
    }

    private AddressBatchJobs jobs(Duration retention) {
        try {
            return new AddressBatchJobs(
                    new AddressBatchConverter(AddressSamples.MATCHER, 1),
                    new BatchJobProperties(dir.toString(), retention, 1, 5),
                    new StandardEnvironment());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private BatchJobView awaitEnd(UUID id, String owner) {
        return org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jobs.find(id, owner), view -> view.state().ended());
    }

    private List<Path> jobFolders() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.toList();
        }
    }

    private static ByteArrayInputStream csv(List<String> addresses) {
        StringBuilder csv = new StringBuilder("id,address\n");
        for (int i = 0; i < addresses.size(); i++) {
            csv.append(i).append(",\"").append(addresses.get(i)).append("\"\n");
        }
        return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
