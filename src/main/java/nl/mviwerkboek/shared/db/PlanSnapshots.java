package nl.mviwerkboek.shared.db;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Read-only copies of a whole plan kept inside the plan (yearly versions): {@link #take} copies every
 * table except the versions themselves into a fresh plan file of the current schema and compresses it;
 * {@link #read} unpacks one into a temporary file, brings it to the current schema and lets the same
 * storage classes read it. Works inside a running transaction (it only reads the source).
 */
public final class PlanSnapshots {

    /** The table that holds the snapshots; never copied into one. */
    public static final String VERSIONS_TABLE = "plan_version";
    private static final int BATCH = 1_000;

    private PlanSnapshots() {
    }

    /** A compressed copy of the plan on {@code source}, as it is in the current transaction. */
    public static byte[] take(Connection source) throws SQLException {
        Path temp = tempFile();
        try {
            try (Connection copy = DriverManager.getConnection(PlanConnections.url(temp))) {
                Migrator.migrate(copy, 0);
                copy.setAutoCommit(false);
                for (String table : tables(source)) {
                    copyTable(source, copy, table);
                }
                copy.commit();
            }
            try (InputStream in = Files.newInputStream(temp); ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                 OutputStream zip = new GZIPOutputStream(bytes)) {
                in.transferTo(zip);
                zip.close();
                return bytes.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            PlanConnections.deleteQuietly(temp);
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

    private static void copyTable(Connection from, Connection to, String table) throws SQLException {
        try (Statement clear = to.createStatement()) {
            clear.executeUpdate("DELETE FROM \"" + table + "\"");
        }
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
