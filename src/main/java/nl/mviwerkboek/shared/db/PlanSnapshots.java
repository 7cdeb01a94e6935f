package nl.mviwerkboek.shared.db;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Read-only copies of a plan kept inside the plan (yearly versions): {@link #take} copies every table
 * except the versions themselves and the raw rows of spend exports ({@link #LEFT_OUT}; the summary table
 * {@code spend_cube} stays) into a fresh plan file of the current schema and compresses it on disk;
 * {@link #read} unpacks one into a temporary file, brings it to the current schema and lets the same
 * storage classes read it (also copies made before issue 16, which still hold every spend line).
 * Works inside a running transaction (it only reads the source).
 */
public final class PlanSnapshots {

    /** The table that holds the snapshots; never copied into one. */
    public static final String VERSIONS_TABLE = "plan_version";
    /**
     * Tables whose rows a version leaves out: the raw lines and problems of spend exports, which grow
     * with the exports (a million lines is tens of MB per version); comparisons and reports use the
     * summary table. The tables themselves exist (empty) in every copy. See ADR 0025.
     */
    public static final Set<String> LEFT_OUT = Set.of("spend_line", "import_problem");
    private static final int BATCH = 1_000;

    private PlanSnapshots() {
    }

    /**
     * A compressed copy of the plan on {@code source}, as it is in the current transaction, without the
     * rows of {@link #LEFT_OUT}. The rows are streamed into a temporary file and compressed into a second
     * one, so memory holds only the compressed result.
     */
    public static byte[] take(Connection source) throws SQLException {
        Path temp = tempFile();
        Path packed = temp.resolveSibling(temp.getFileName() + ".gz");
        try {
            try (Connection copy = DriverManager.getConnection(PlanConnections.url(temp))) {
                Migrator.migrate(copy, 0);
                copy.setAutoCommit(false);
                for (String table : tables(source)) {
                    if (LEFT_OUT.contains(table)) {
                        clear(copy, table);
                    } else {
                        copyTable(source, copy, table);
                    }
                }
                copy.commit();
            }
            try (InputStream in = Files.newInputStream(temp);
                 OutputStream zip = new GZIPOutputStream(Files.newOutputStream(packed), 64 * 1024)) {
                in.transferTo(zip);
            }
            return Files.readAllBytes(packed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            PlanConnections.deleteQuietly(temp);
            PlanConnections.deleteQuietly(packed);
        }
    }

    /** Unpacks a snapshot, brings it to the current schema, and runs read work on it. */
    public static <T> T read(byte[] snapshot, DbWork<T> work) throws SQLException {
        Path temp = tempFile();
        try {
            try (InputStream zip = new GZIPInputStream(new ByteArrayInputStream(snapshot))) {
                Files.copy(zip, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (Connection c = DriverManager.getConnection(PlanConnections.url(temp))) {
                Migrator.migrate(c, Migrator.schemaVersion(c));
                return work.run(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            PlanConnections.deleteQuietly(temp);
        }
    }

    private static Path tempFile() {
        try {
            return Files.createTempFile("mviwerkboek-version", ".mviplan");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master "
                + "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '" + VERSIONS_TABLE + "' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void clear(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM \"" + table + "\"");
        }
    }

    private static void copyTable(Connection from, Connection to, String table) throws SQLException {
        clear(to, table);
        try (Statement st = from.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add("\"" + rs.getMetaData().getColumnName(i) + "\"");
            }
            String sql = "INSERT INTO \"" + table + "\" (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement insert = to.prepareStatement(sql)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        insert.setObject(i, rs.getObject(i));
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
        }
    }
}
