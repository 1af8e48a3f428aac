// Single-file Java program for the workforce import benchmark (bench/workforce/run-workforce.sh), run with the
// libraries of the Haicap Boot jar on the class path (Apache POI, excel-streaming-reader):
//   java -cp 'APP/BOOT-INF/lib/*' bench/workforce/WorkforceXlsx.java generate OUT.xlsx ROWS AGENCIES_FILE [RUN]
//       ROWS rows in the import template for the agencies listed (code;position codes separated by '|'), new people
//       (identity numbers 9<RUN><10 digits>), an assignment each, ~7 % with a departure; streamed with SXSSF
//   java -cp ... bench/workforce/WorkforceXlsx.java read FILE.xlsx
//       the baseline: reads every cell of the file with the same reader and settings as the import
//       (vn.haicap.workforce.imports.RowSource) without storing anything; prints rows and milliseconds
import com.github.pjfanning.xlsx.StreamingReader;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

public class WorkforceXlsx {

    static final String[] HEADER = ("identity_number,full_name,sex,birth_date,ethnicity,education,category,rank,"
                    + "salary_coefficient,agency_code,position_code,assignment_from,assignment_to,decision_number,"
                    + "outcome,outcome_date,to_agency_code,policy,amount_paid")
            .split(",");
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Lan",
        "Linh", "Long", "Mai", "Nam", "Nga", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Yến"};

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(
                    Path.of(args[1]),
                    Integer.parseInt(args[2]),
                    Files.readAllLines(Path.of(args[3])),
                    args.length > 4 ? Integer.parseInt(args[4]) : 0);
        } else {
            long t0 = System.nanoTime();
            long rows = read(Path.of(args[1]));
            System.out.printf(Locale.ROOT, "read %d rows in %d ms%n", rows, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    static void generate(Path out, int rows, List<String> agencies, int run) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream file = new FileOutputStream(out.toFile())) {
            SXSSFSheet sheet = workbook.createSheet("workforce");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 0; i < rows; i++) {
                String[] agency = agencies.get(i % agencies.size()).split(";");
                String[] positions = agency[1].split("\\|");
                int h = mix(i);
                boolean woman = (h & 1) == 0;
                List<String> v = new ArrayList<>();
                v.add(String.format(Locale.ROOT, "9%d%010d", run % 10, i));
                v.add(FAMILY[(h >>> 1) % FAMILY.length] + " " + (woman ? "Thị" : MIDDLE[(h >>> 5) % MIDDLE.length]) + " "
                        + GIVEN[(h >>> 9) % GIVEN.length]);
                v.add(woman ? "female" : "male");
                v.add(String.format(Locale.ROOT, "%d-%02d-%02d", 1966 + (h >>> 13) % 35, 1 + (h >>> 3) % 12, 1 + (h >>> 7) % 28));
                v.add("Kinh");
                v.add("university");
                v.add("civil_servant");
                v.add("specialist");
                v.add("3.33");
                v.add(agency[0]);
                v.add(positions[(h >>> 11) % positions.length]);
                v.add("2025-07-01");
                boolean leaves = (h >>> 17) % 100 < 7;
                v.add(leaves ? "2025-09-30" : "");
                v.add("QĐ " + (i % 997) + "/QĐ-UBND");
                v.add(leaves ? "early_retirement" : "");
                v.add(leaves ? "2025-10-01" : "");
                v.add("");
                v.add(leaves ? "decree_178_2024" : "");
                v.add(leaves ? "250000000" : "");
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < v.size(); c++) {
                    if (!v.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(v.get(c));
                    }
                }
            }
            workbook.write(file);
        }
    }

    static long read(Path path) throws Exception {
        long rows = 0;
        long chars = 0;
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = new FileInputStream(path.toFile());
                Workbook workbook = StreamingReader.builder()
                        .rowCacheSize(200)
                        .bufferSize(64 * 1024)
                        .setReadComments(false)
                        .setReadHyperlinks(false)
                        .setReadShapes(false)
                        .setUseSstTempFile(true)
                        .open(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                for (int c = 0; c < HEADER.length; c++) {
                    Cell cell = row.getCell(c);
                    chars += cell == null ? 0 : formatter.formatCellValue(cell).length();
                }
                rows++;
            }
        }
        return chars < 0 ? -1 : rows - 1;
    }

    static int mix(int i) {
        int h = i * 0x9E3779B1;
        h ^= h >>> 15;
        h *= 0x85EBCA77;
        h ^= h >>> 13;
        return h & 0x7fffffff;
    }
}
