package nl.mviwerkboek.app;

import java.nio.file.Path;
import java.sql.DriverManager;
import nl.mviwerkboek.shared.settings.DataFolder;

/** A start of the app in a child JVM: does the start's chores, connects to SQLite, says so, and waits to be killed. */
public final class HoldSqliteOpen {

    private HoldSqliteOpen() {
    }

    public static void main(String[] args) throws Exception {
        StartupChores.run(DataFolder.at(Path.of(args[0])));
        try (var c = DriverManager.getConnection("jdbc:sqlite::memory:"); var st = c.createStatement()) {
            st.execute("SELECT 1");
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
