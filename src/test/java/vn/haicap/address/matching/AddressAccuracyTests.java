package vn.haicap.address.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.haicap.address.AddressConversion;
import vn.haicap.address.AddressConversion.Candidate;
import vn.haicap.address.AddressConversion.Status;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.adminunit.AdminUnitDataset.OldCommune;

/**
 * Runs the whole address test set (generated and hand-written) and checks top-1 accuracy on communes that were not
 * split, candidate recall on split ones, and the other statuses. Prints the figures and the failures by style.
 */
class AddressAccuracyTests {

    static final List<String> FILES = List.of("generated.csv", "handwritten.csv");

    private static AddressMatcher matcher;
    private static Map<String, OldCommune> oldCommunes;

    @BeforeAll
    static void buildMatcher() {
        AdminUnitDataset data = AdminUnitDataset.loadFromClasspath();
        matcher = AddressMatcher.from(data);
        oldCommunes = new HashMap<>();
        data.oldCommunes().forEach(c -> oldCommunes.put(c.code(), c));
    }

    record Case(String file, String address, String code, String status, String style) {}

    static List<Case> loadCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = AddressAccuracyTests.class.getResourceAsStream("/address-testset/" + file);
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                var format = CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setCommentMarker('#')
                        .get();
                for (CSVRecord r : format.parse(reader)) {
                    cases.add(new Case(
                            file,
                            r.get("address"),
                            r.get("expected_old_commune_code"),
                            r.get("expected_status"),
                            r.get("style")));
                }
            }
        }
        return cases;
    }

    /** Counts right and wrong answers for one kind of expectation. */
    static final class Tally {
        int total;
        int right;
        final Map<String, int[]> byStyle = new TreeMap<>();
        final List<String> failures = new ArrayList<>();

        void count(Case c, boolean ok, AddressConversion result) {
            total++;
            int[] style = byStyle.computeIfAbsent(c.style(), k -> new int[2]);
            style[0]++;
            if (ok) {
                right++;
            } else {
                style[1]++;
                failures.add(c.style() + " | " + c.address() + " | expected " + c.status() + " " + c.code() + " | got "
                        + describe(result));
            }
        }

        double rate() {
            return total == 0 ? 1.0 : (double) right / total;
        }

        String line(String what) {
            return String.format("%-34s %5d / %5d = %.2f%%", what, right, total, 100.0 * rate());
        }
    }

    @Test
    void meetsAccuracyOnTheWholeTestSet() throws IOException {
        List<Case> cases = loadCases();
        Tally unsplit = new Tally();
        Tally split = new Tally();
        Tally textAmbiguous = new Tally();
        Tally alreadyNew = new Tally();
        Tally notFound = new Tally();
        Set<String> provincesCovered = new java.util.TreeSet<>();

        for (Case c : cases) {
            AddressConversion result = matcher.convert(c.address());
            switch (c.status()) {
                case "converted" -> {
                    provincesCovered.add(oldCommunes.get(c.code()).provinceCode());
                    unsplit.count(c, isConvertedTo(result, c.code()), result);
                }
                case "ambiguous" -> {
                    OldCommune commune = oldCommunes.get(c.code());
                    if (commune == null) {
                        // an already-new address whose name fits several new communes
                        textAmbiguous.count(
                                c,
                                result.status() == Status.AMBIGUOUS
                                        && result.candidates().stream()
                                                .anyMatch(k -> k.code().equals(c.code())),
                                result);
                        continue;
                    }
                    provincesCovered.add(commune.provinceCode());
                    boolean recalled = result.status() == Status.AMBIGUOUS
                            && codes(result.candidates()).containsAll(commune.newCommuneCodes())
                            && (result.oldCommune() == null
                                    ? result.candidates().stream()
                                            .anyMatch(k -> k.oldCommune() != null
                                                    && k.oldCommune().code().equals(c.code()))
                                    : result.oldCommune().code().equals(c.code()));
                    (commune.newCommuneCodes().size() > 1 ? split : textAmbiguous).count(c, recalled, result);
                }
                case "already_new" ->
                    alreadyNew.count(
                            c,
                            result.status() == Status.ALREADY_NEW
                                    && result.newCommune() != null
                                    && result.newCommune().code().equals(c.code()),
                            result);
                case "not_found" -> notFound.count(c, result.status() == Status.NOT_FOUND, result);
                default -> throw new IllegalStateException("unknown expected status " + c.status());
            }
        }

        StringBuilder report =
                new StringBuilder("\n=== Address conversion accuracy (" + cases.size() + " addresses) ===\n");
        report.append(unsplit.line("top-1, unsplit old communes")).append('\n');
        report.append(split.line("candidate recall, split communes")).append('\n');
        report.append(textAmbiguous.line("candidate recall, ambiguous text")).append('\n');
        report.append(alreadyNew.line("already_new recognised")).append('\n');
        report.append(notFound.line("not_found for non-addresses")).append('\n');
        report.append("old provinces covered: ").append(provincesCovered.size()).append('\n');
        report.append("failures by style (failed/total):\n");
        Map<String, int[]> styles = new TreeMap<>();
        for (Tally t : List.of(unsplit, split, textAmbiguous, alreadyNew, notFound)) {
            t.byStyle.forEach((style, counts) -> {
                int[] sum = styles.computeIfAbsent(style, k -> new int[2]);
                sum[0] += counts[0];
                sum[1] += counts[1];
            });
        }
        styles.forEach(
                (style, counts) -> report.append(String.format("  %-28s %3d / %4d%n", style, counts[1], counts[0])));
        for (Tally t : List.of(unsplit, split, textAmbiguous, alreadyNew, notFound)) {
            t.failures.forEach(f -> report.append("  FAIL ").append(f).append('\n'));
        }
        System.out.println(report);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(1100);
        assertThat(provincesCovered).hasSize(63);
        assertThat(unsplit.rate()).as(report.toString()).isGreaterThanOrEqualTo(0.99);
        assertThat(split.total).isGreaterThanOrEqualTo(50);
        assertThat(split.rate()).as(report.toString()).isEqualTo(1.0);
        assertThat(textAmbiguous.rate()).as(report.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(alreadyNew.rate()).as(report.toString()).isGreaterThanOrEqualTo(0.99);
        assertThat(notFound.rate()).as(report.toString()).isEqualTo(1.0);
    }

    private static boolean isConvertedTo(AddressConversion result, String oldCode) {
        return result.status() == Status.CONVERTED
                && result.oldCommune() != null
                && result.oldCommune().code().equals(oldCode)
                && result.newCommune() != null
                && result.newCommune()
                        .code()
                        .equals(oldCommunes.get(oldCode).newCommuneCodes().get(0));
    }

    private static Set<String> codes(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::code).collect(Collectors.toSet());
    }

    static String describe(AddressConversion r) {
        return r.status().key()
                + (r.oldCommune() == null
                        ? ""
                        : " old=" + r.oldCommune().code() + " " + r.oldCommune().name())
                + (r.oldDistrict() == null ? "" : " / " + r.oldDistrict().name())
                + (r.newCommune() == null
                        ? ""
                        : " new=" + r.newCommune().code() + " " + r.newCommune().name())
                + (r.candidates().isEmpty()
                        ? ""
                        : " candidates=" + r.candidates().size())
                + " street=[" + r.streetPart() + "]";
    }
}
