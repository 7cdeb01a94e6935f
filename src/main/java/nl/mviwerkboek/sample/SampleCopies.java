package nl.mviwerkboek.sample;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.db.PlanLock;

/** Fresh copies of the sample plan in the data folder; old copies no app has open are removed. */
public final class SampleCopies {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private SampleCopies() {
    }

    /** A new, not yet existing path for a sample copy, after removing unused old copies. */
    public static Path freshPath(Path samplesFolder) throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(samplesFolder, "Voorbeeldgemeente-*.mviplan")) {
            for (Path copy : old) {
                removeIfUnused(copy);
            }
        }
        return samplesFolder.resolve("Voorbeeldgemeente-" + STAMP.format(LocalDateTime.now()) + ".mviplan");
    }

    private static void removeIfUnused(Path copy) throws IOException {
        try (PlanLock ignored = PlanLock.acquire(copy)) {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-wal"));
            Files.deleteIfExists(copy.resolveSibling(copy.getFileName() + "-shm"));
        } catch (PlanFileException inUse) {
            // another running app has this copy open: leave it
        }
    }
}
