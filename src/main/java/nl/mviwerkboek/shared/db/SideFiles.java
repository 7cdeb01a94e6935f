package nl.mviwerkboek.shared.db;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** The files SQLite may create beside a plan: its write-ahead log, shared memory and rollback journal. */
final class SideFiles {

    private SideFiles() {
    }

    /** Those side files of {@code file} that do not exist now. */
    static List<Path> absent(Path file) {
        return List.of("-wal", "-shm", "-journal").stream()
                .map(suffix -> file.resolveSibling(file.getFileName() + suffix))
                .filter(side -> !Files.exists(side, LinkOption.NOFOLLOW_LINKS)).toList();
    }

    /**
     * Removes side files that a read-only connection created (it leaves an empty log and shared
     * memory behind when the file is in WAL mode); call it only after that connection was closed and
     * while the plan lock is held, so no other connection can be using them.
     */
    static void removeCreated(List<Path> wereAbsent) {
        wereAbsent.forEach(PlanConnections::deleteQuietly);
    }
}
