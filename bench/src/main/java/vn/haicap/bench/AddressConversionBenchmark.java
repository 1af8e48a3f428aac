package vn.haicap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.matching.AddressMatcher;
import vn.haicap.adminunit.AdminUnitDataset;

/**
 * Single-address conversion over a mixed sample of the address test set (all styles, generated and hand-written), one
 * address per call, on one thread. {@code lowerCaseBaseline} does {@code String.toLowerCase} on the same inputs in the
 * same run, so the ratio of the two is comparable across machines and noisy runs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class AddressConversionBenchmark {

    /** A power of two, so that the next index is a mask away. */
    private static final int SAMPLE_SIZE = 1024;

    private AddressMatcher matcher;
    private String[] addresses;
    private int next;

    @Setup
    public void setUp() {
        matcher = AddressMatcher.from(AdminUnitDataset.loadFromClasspath());
        List<String> all = new ArrayList<>();
        all.addAll(read("address-testset/generated.csv"));
        all.addAll(read("address-testset/handwritten.csv"));
        Collections.shuffle(all, new Random(20261122L));
        addresses = all.subList(0, SAMPLE_SIZE).toArray(new String[0]);
    }

    @Benchmark
    public AddressConversion convert() {
        String address = addresses[next];
        next = (next + 1) & (SAMPLE_SIZE - 1);
        return matcher.convert(address);
    }

    @Benchmark
    public String lowerCaseBaseline() {
        String address = addresses[next];
        next = (next + 1) & (SAMPLE_SIZE - 1);
        return address.toLowerCase(Locale.ROOT);
    }

    private static List<String> read(String resource) {
        InputStream in = AddressConversionBenchmark.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            List<String> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                rows.add(record.get("address"));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
