package vn.haicap.address.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.haicap.adminunit.AdminUnitDataset;

class TestSetGeneratorTests {

    @Test
    void committedTestSetIsWhatTheGeneratorWrites() throws IOException {
        List<TestSetGenerator.Row> rows = new TestSetGenerator(AdminUnitDataset.loadFromClasspath()).generate();
        List<AddressAccuracyTests.Case> committed = AddressAccuracyTests.loadCases().stream()
                .filter(c -> c.file().equals("generated.csv"))
                .toList();

        assertThat(committed).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            TestSetGenerator.Row row = rows.get(i);
            assertThat(List.of(
                            committed.get(i).address(),
                            committed.get(i).code(),
                            committed.get(i).status()))
                    .as("row %d", i + 2)
                    .containsExactly(row.address(), row.code(), row.status());
        }
    }

    @Test
    void coversEveryOldProvinceAndManyStyles() {
        List<TestSetGenerator.Row> rows = new TestSetGenerator(AdminUnitDataset.loadFromClasspath()).generate();

        assertThat(rows).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(rows.stream().map(TestSetGenerator.Row::style).distinct()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(rows.stream().filter(r -> r.status().equals("already_new"))).hasSizeGreaterThanOrEqualTo(100);
    }
}
