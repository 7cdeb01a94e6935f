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
 * Brings a plan's schema up to date from numbered SQL resources, all pending ones in one
 * transaction, recorded in {@code PRAGMA user_version}.
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

    /**
     * Applies every migration after {@code fromVersion} in one transaction: the file reaches the
     * latest version, or stays exactly at {@code fromVersion} when any step fails.
     */
    public static void migrate(Connection connection, int fromVersion) throws SQLException {
        migrate(connection, fromVersion, SCRIPTS);
    }

    /** Applies {@code scripts} (script N brings the file to version N) after {@code fromVersion}; a test seam. */
    static void migrate(Connection connection, int fromVersion, List<String> scripts) throws SQLException {
        if (fromVersion >= scripts.size()) {
            return;
        }
        List<String> pending = scripts.subList(fromVersion, scripts.size());
        // PRAGMA foreign_keys is a no-op inside a transaction: a script that wants the checks off (to
        // rebuild a table) gets them off for the whole migration, and a foreign_key_check before the commit
        boolean foreignKeysOff = pending.stream().anyMatch(Migrator::switchesForeignKeys);
        boolean foreignKeys = pragmaInt(connection, "foreign_keys") == 1;
        boolean autoCommit = connection.getAutoCommit();
        try (Statement st = connection.createStatement()) {
            if (foreignKeysOff) {
                st.execute("PRAGMA foreign_keys = OFF");
            }
            connection.setAutoCommit(false);
            try {
                for (int version = fromVersion + 1; version <= scripts.size(); version++) {
                    for (String sql : statements(scripts.get(version - 1))) {
                        if (!switchesForeignKeys(sql)) {
                            st.executeUpdate(sql);
                        }
                    }
                }
                if (foreignKeysOff) {
                    checkForeignKeys(st);
                }
                st.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                st.executeUpdate("PRAGMA user_version = " + scripts.size());
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
                if (foreignKeysOff && foreignKeys) {
                    st.execute("PRAGMA foreign_keys = ON");
                }
            }
        }
    }

    private static boolean switchesForeignKeys(String sql) {
        return sql.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").contains("pragma foreign_keys");
    }

    private static void checkForeignKeys(Statement st) throws SQLException {
        try (var rs = st.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("Migration leaves a broken reference in table " + rs.getString(1));
            }
        }
    }

    /** Rolls back; a failing rollback (SQLite may already have ended the transaction) never hides the first error. */
    static void rollbackKeeping(Connection connection, Exception first) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            first.addSuppressed(e);
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
