package vn.haicap.address.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.haicap.address.AddressConverter;
import vn.haicap.address.batch.AddressBatchConverter;
import vn.haicap.address.batch.BatchSummary;
import vn.haicap.address.matching.AddressMatcher;
import vn.haicap.adminunit.AdminUnitDataset;
import vn.haicap.shared.HaicapException;

/**
 * {@code convert-addresses [--bom] IN OUT}: converts a CSV or XLSX file of addresses into another (the
 * format of each follows its extension), with the reference data shipped in the jar; no Spring, no
 * database. Exit code 0 when the file went through (rows in error are reported, not fatal), 2 on a
 * usage error (arguments, missing file, no address column), 1 when reading or writing failed.
 */
public final class ConvertAddressesCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = "usage: convert-addresses [--bom] IN.csv|IN.xlsx OUT.csv|OUT.xlsx";

    private ConvertAddressesCommand() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, System.console() != null && !"dumb".equals(System.getenv("TERM")));
        if (code != OK) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        List<String> files = new ArrayList<>();
        boolean bom = false;
        for (String arg : args) {
            if (arg.equals("--bom")) {
                bom = true;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                out.println(USAGE_TEXT);
                return OK;
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 2) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        Path in = Path.of(files.get(0));
        Path target = Path.of(files.get(1));
        if (!Files.isRegularFile(in)) {
            err.println("convert-addresses: no such file: " + in);
            return USAGE;
        }
        try {
            AddressBatchConverter.formatOf(in);
            AddressBatchConverter.formatOf(target);
        } catch (HaicapException e) {
            err.println("convert-addresses: " + describe(e));
            return USAGE;
        }
        err.println("Loading the reference data…");
        AddressConverter converter = AddressMatcher.from(AdminUnitDataset.loadFromClasspath());
        ProgressPrinter progress = new ProgressPrinter(err, terminal);
        try {
            BatchSummary summary = new AddressBatchConverter(converter).convert(in, target, bom, progress);
            progress.done();
            print(summary, in, target, out);
            return OK;
        } catch (HaicapException e) {
            progress.done();
            err.println("convert-addresses: " + describe(e));
            return USAGE;
        } catch (IOException e) {
            progress.done();
            err.println("convert-addresses: " + e.getMessage());
            return FAILED;
        }
    }

    /** A one-line English explanation of a usage error, for people at a terminal. */
    private static String describe(HaicapException e) {
        Object[] args = e.arguments();
        return switch (e.code()) {
            case "address.batch-no-address-column" ->
                "no address column (expected \"address\", \"dia_chi\" or" + " \"địa chỉ\" in the header; found: "
                        + (args.length > 0 ? args[0] : "") + ")";
            case "address.batch-empty" -> "the input file is empty";
            case "address.batch-unreadable-workbook" -> "the input is not a readable XLSX workbook";
            case "address.batch-unsupported-format" ->
                "unsupported file type: " + (args.length > 0 ? args[0] : "") + " (use .csv or .xlsx)";
            default -> e.code();
        };
    }

    static void print(BatchSummary summary, Path in, Path target, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "Converted %s -> %s in %.1f s (%,d rows/s)%n",
                in,
                target,
                summary.duration().toMillis() / 1000.0,
                Math.round(summary.rowsPerSecond()));
        out.printf(Locale.ROOT, "  encoding      %s%n", summary.encoding());
        out.printf(Locale.ROOT, "  rows          %,d%n", summary.rowsRead());
        out.printf(Locale.ROOT, "  converted     %,d%n", summary.converted());
        out.printf(Locale.ROOT, "  ambiguous     %,d%n", summary.ambiguous());
        out.printf(Locale.ROOT, "  already new   %,d%n", summary.alreadyNew());
        out.printf(Locale.ROOT, "  not found     %,d%n", summary.notFound());
        out.printf(Locale.ROOT, "  errors        %,d%n", summary.errors());
        if (!summary.firstErrors().isEmpty()) {
            out.printf("  first errors:%n");
            summary.firstErrors().forEach(e -> out.printf("    %s%n", e.message()));
        }
        out.flush();
    }
}
