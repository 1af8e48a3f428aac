package vn.haicap.bench.lifecycle;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows written, from PostgreSQL's cumulative statistics of the connection's database
 * ({@code pg_stat_user_tables}: n_tup_ins, n_tup_upd, n_tup_del per table), and WAL bytes
 * ({@code pg_current_wal_lsn()}, the whole cluster). Backends report their counts when idle, at most
 * about 10 s late (PostgreSQL 15+), so a snapshot first waits until the counts have stopped moving.
 * Plain JDBC only: also compiled into the in-process driver.
 */
public final class Rows {

    /** ins, upd, del per schema.table, and the WAL position in bytes. */
    public record Snapshot(Map<String, long[]> tables, long walBytes) {

        long total() {
            return tables.values().stream().mapToLong(v -> v[0] + v[1] + v[2]).sum();
        }
    }

    private Rows() {}

    public static Snapshot settled(Connection db) throws SQLException, InterruptedException {
        Thread.sleep(11_000);
        Snapshot previous = take(db);
        while (true) {
            Thread.sleep(2_000);
            Snapshot now = take(db);
            if (now.total() == previous.total()) {
                return now;
            }
            previous = now;
        }
    }

    public static Snapshot take(Connection db) throws SQLException {
        Map<String, long[]> tables = new TreeMap<>();
        long wal;
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables")) {
                while (rs.next()) {
                    tables.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }
            }
            try (ResultSet rs = s.executeQuery("select pg_current_wal_lsn() - '0/0'::pg_lsn")) {
                rs.next();
                wal = rs.getLong(1);
            }
        }
        return new Snapshot(tables, wal);
    }

    /**
     * Prints one ROWS line per table that changed (per dossier) and returns the summary fields for the RESULT
     * line: rows_per_dossier (inserted + updated + deleted), ins, upd, del, wal_kb_per_dossier.
     */
    public static String delta(Snapshot before, Snapshot after, int dossiers, String system) {
        long ins = 0;
        long upd = 0;
        long del = 0;
        for (Map.Entry<String, long[]> e : after.tables().entrySet()) {
            long[] b = before.tables().getOrDefault(e.getKey(), new long[3]);
            long[] a = e.getValue();
            long di = a[0] - b[0];
            long du = a[1] - b[1];
            long dd = a[2] - b[2];
            if (di + du + dd == 0) {
                continue;
            }
            ins += di;
            upd += du;
            del += dd;
            System.out.println(String.format(
                    Locale.ROOT,
                    "ROWS system=%s table=%s ins=%.2f upd=%.2f del=%.2f",
                    system,
                    e.getKey(),
                    di / (double) dossiers,
                    du / (double) dossiers,
                    dd / (double) dossiers));
        }
        return String.format(
                Locale.ROOT,
                "rows_per_dossier=%.2f ins=%.2f upd=%.2f del=%.2f wal_kb_per_dossier=%.2f",
                (ins + upd + del) / (double) dossiers,
                ins / (double) dossiers,
                upd / (double) dossiers,
                del / (double) dossiers,
                (after.walBytes() - before.walBytes()) / 1024.0 / dossiers);
    }
}
