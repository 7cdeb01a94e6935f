package nl.mviwerkboek.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLibraryTest {

    @TempDir
    Path tmp;

    @Test
    void perProcessCopiesOfEarlierStartsAreRemovedButNotARecentOneOrTheSharedFolder() throws Exception {
        Path copy = Files.writeString(tmp.resolve("sqlite-3.46.1.0-0f1e-libsqlitejdbc.so"), "lib");
        Path lock = Files.writeString(tmp.resolve("sqlite-3.46.1.0-0f1e-libsqlitejdbc.so.lck"), "");
        Path recent = Files.writeString(tmp.resolve("sqlite-3.51.1.0-aa11-libsqlitejdbc.so"), "lib");
        Path shared = Files.createDirectories(tmp.resolve(SqliteLibrary.folderName("3.51.1.0", "/org/sqlite/native/Linux/x86_64")));
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Files.setLastModifiedTime(copy, old);
        Files.setLastModifiedTime(lock, old);
        Files.setLastModifiedTime(shared, old);

        assertEquals(2, SqliteLibrary.removeOldCopies(tmp, Instant.now()));

        assertFalse(Files.exists(copy));
        assertFalse(Files.exists(lock));
        assertTrue(Files.exists(recent), "another start may be loading it right now");
        assertTrue(Files.isDirectory(shared));
        assertEquals("native-3.51.1.0-Linux-x86_64", shared.getFileName().toString());
    }
}
