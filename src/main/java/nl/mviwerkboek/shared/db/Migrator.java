package nl.mviwerkboek.shared.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a plan's schema up to date from numbered SQL resources, each applied in its own
 * transaction and recorded in {@code PRAGMA user_version}.
 */
public final class Migrator {

    /** {@code PRAGMA application_id} of a plan file: "MVIP". */
    public static final int APPLICATION_ID = 0x4D564950;
    private static final String FOLDER = "/nl/mviwerkboek/shared/db/migrations/";
    private static final List<String> SCRIPTS = readIndex();

    private Migrator() {
    }

    /** The schema version this build of the app writes. */
    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Applies every migration after {@code fromVersion}; each step commits or leaves the file as it was. */
    public static void migrate(Connection connection, int fromVersion) throws SQLException {
        for (int version = fromVersion + 1; version <= latestVersion(); version++) {
            applyStep(connection, version);
        }
    }

    /** Reads {@code PRAGMA user_version}. */
    public static int schemaVersion(Connection connection) throws SQLException {
        return pragmaInt(connection, "user_version");
    }

    /** Reads an integer pragma such as {@code application_id}. */
    static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void applyStep(Connection connection, int version) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String sql : statements(SCRIPTS.get(version - 1))) {
                st.executeUpdate(sql);
            }
            st.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
            st.executeUpdate("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Splits a script into statements: a statement ends with a line ending in ';' outside a trigger body. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = trimmed.endsWith(";") && (!inTrigger || trimmed.equalsIgnoreCase("END;"));
            if (ends) {
                result.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.isEmpty()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private static List<String> readIndex() {
        List<String> scripts = new ArrayList<>();
        for (String name : resource("index.txt").split("\\R")) {
            if (!name.isBlank() && !name.startsWith("#")) {
                scripts.add(resource(name.strip()));
            }
        }
        return List.copyOf(scripts);
    }

    private static String resource(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + name);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return String.join("\n", reader.lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
