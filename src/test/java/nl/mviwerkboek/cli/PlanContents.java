package nl.mviwerkboek.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.PlanDatabase;

/**
 * What an import touches in a plan, read with plain SQL: every import with its own lines, all lines,
 * the summary table, suppliers, problems, mappings and the schema (a bulk import drops and rebuilds
 * indexes inside its transaction). Two equal values mean the import left nothing behind.
 */
record PlanContents(List<ImportRow> imports, long lines, long lineCents, long cubeLines, long cubeCents,
                    long suppliers, long problems, long mappings, List<String> schema) {

    private static final String IMPORTS = "SELECT i.id, i.file_name, i.rows_imported, i.total_cents,"
            + " (SELECT COUNT(*) FROM spend_line l WHERE l.import_id = i.id),"
            + " (SELECT COALESCE(SUM(amount_cents), 0) FROM spend_line l WHERE l.import_id = i.id)"
            + " FROM spend_import i ORDER BY i.id";

    /** One {@code spend_import} row with the lines that point to it. */
    record ImportRow(long id, String fileName, long rowsImported, long totalCents, long lines, long lineCents) {
    }

    static PlanContents read(PlanDatabase db) {
        return db.read(PlanContents::read).join();
    }

    static PlanContents read(Connection c) throws SQLException {
        List<ImportRow> imports = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(IMPORTS)) {
            while (rs.next()) {
                imports.add(new ImportRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)));
            }
        }
        List<String> schema = new ArrayList<>();
        try (var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name")) {
            while (rs.next()) {
                schema.add(rs.getString(1));
            }
        }
        return new PlanContents(List.copyOf(imports), number(c, "SELECT COUNT(*) FROM spend_line"),
                number(c, "SELECT COALESCE(SUM(amount_cents), 0) FROM spend_line"),
                number(c, "SELECT COALESCE(SUM(lines), 0) FROM spend_cube"),
                number(c, "SELECT COALESCE(SUM(amount_cents), 0) FROM spend_cube"),
                number(c, "SELECT COUNT(*) FROM supplier"), number(c, "SELECT COUNT(*) FROM import_problem"),
                number(c, "SELECT COUNT(*) FROM column_mapping"), List.copyOf(schema));
    }

    /** {@code PRAGMA integrity_check} and {@code PRAGMA foreign_key_check}: "ok" for a sound file. */
    static String integrity(PlanDatabase db) {
        return db.read(c -> {
            List<String> found = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    found.add("foreign key: " + rs.getString(1) + " row " + rs.getLong(2) + " → " + rs.getString(3));
                }
            }
            return String.join("; ", found);
        }).join();
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
