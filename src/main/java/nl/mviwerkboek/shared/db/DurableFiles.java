package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Making files durable: forcing a file and its folder to disk, and putting a file in place without replacing one. */
public final class DurableFiles {

    private DurableFiles() {
    }

    /** Forces a file's contents to disk; fails when the system cannot. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Forces a folder's entries to disk (Linux, macOS); Windows cannot open a folder and needs no such step. */
    public static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Windows: folders cannot be opened as files; NTFS keeps its metadata journaled
        }
    }

    /**
     * Removes a write-ahead log, shared-memory or journal file left beside {@code plan} by a plan file that no
     * longer exists, so that SQLite never replays another file's pages into a new plan at that name.
     */
    public static void removeOrphanSideFiles(Path plan) throws IOException {
        if (Files.exists(plan)) {
            return;
        }
        for (String side : new String[] {"-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(plan.resolveSibling(plan.getFileName() + side));
        }
    }

    /**
     * Moves {@code from} to {@code to}, never replacing a file at {@code to}: a hard link fails atomically when
     * the name exists, then the old name is removed. Where the file system has no hard links (FAT), a move
     * without replacing is the closest there is.
     */
    public static void moveWithoutReplacing(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            Files.move(from, to);
            return;
        }
        try {
            Files.delete(from);
        } catch (IOException e) {
            // the file is in place; a hidden leftover name is harmless (stale create files are cleaned at start)
        }
    }
}
