package vn.haicap.address.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes UTF-8 CSV with {@code ,} and CRLF, quoting only where needed; optionally with a BOM for Excel. */
final class CsvBatchOutput implements BatchOutput {

    private final Writer writer;

    CsvBatchOutput(OutputStream out, boolean bom) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        if (bom) {
            writer.write('\uFEFF');
        }
    }

    @Override
    public void header(List<String> columns) throws IOException {
        writeFields(columns, true);
        writer.write("\r\n");
    }

    @Override
    public void row(List<String> values, List<String> result) throws IOException {
        writeFields(values, true);
        writeFields(result, values.isEmpty());
        writer.write("\r\n");
    }

    private void writeFields(List<String> fields, boolean first) throws IOException {
        boolean leading = first;
        for (String field : fields) {
            if (!leading) {
                writer.write(',');
            }
            leading = false;
            writeField(field);
        }
    }

    private void writeField(String field) throws IOException {
        if (!needsQuotes(field)) {
            writer.write(field);
            return;
        }
        writer.write('"');
        writer.write(field.replace("\"", "\"\""));
        writer.write('"');
    }

    private static boolean needsQuotes(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';') {
                return true;
            }
        }
        return !field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' ');
    }

    @Override
    public void finish() throws IOException {
        writer.flush();
    }
}
