package nl.mviwerkboek.shared.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.List;
import nl.mviwerkboek.shared.db.PlanFileException.Problem;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused file stays byte-identical and nothing appears beside it. */
class RefusedFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSqliteFileThatIsNoPlanIsRefusedAndLeftExactlyAsItWas() throws Exception {
        Path other = dir.resolve("adressen.mviplan");
        try (var c = DriverManager.getConnection(PlanConnections.url(other)); var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("CREATE TABLE adres (straat TEXT)");
            st.execute("INSERT INTO adres VALUES ('Dorpsstraat 1')");
        }
        assertRefusedUntouched(other, Problem.NOT_A_PLAN);
    }

    @Test
    void aDamagedPlanIsRefusedAndLeftExactlyAsItWas() throws Exception {
        TestPlans.create(dir, "kapot.mviplan").close();
        Path damaged = dir.resolve("kapot.mviplan");
        try (RandomAccessFile raf = new RandomAccessFile(damaged.toFile(), "rw")) {
            for (long page = 1; page * 4096 < raf.length(); page += 2) {
                raf.seek(page * 4096 + 8);
                raf.write(new byte[600]);
            }
        }
        assertRefusedUntouched(damaged, Problem.DAMAGED);
    }

    private void assertRefusedUntouched(Path file, Problem expected) throws Exception {
        List<String> before = names();
        byte[] hash = sha256(file);
        PlanFileException e = assertThrows(PlanFileException.class, () -> TestPlans.files(dir).open(file));
        assertEquals(expected, e.problem());
        assertArrayEquals(hash, sha256(file), "the refused file is byte-identical");
        assertEquals(before, names(), "nothing appeared beside the refused file");
    }

    private List<String> names() throws IOException {
        Files.createDirectories(dir.resolve("backups"));
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
