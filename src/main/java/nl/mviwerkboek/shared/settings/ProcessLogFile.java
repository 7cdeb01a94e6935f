package nl.mviwerkboek.shared.settings;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The log file this process writes in a log folder, so a message that names "the log file" names the
 * one that holds this process's errors. The first running app (or command line) writes
 * {@code mvi-werkboek-0.log}; while it runs, a second one writes {@code mvi-werkboek-p1-0.log}, a third
 * {@code -p2-0.log}, and so on (older files of each rotate to {@code -1.log} … {@code -4.log}). Which
 * number a process has is decided by an operating-system lock on {@code .mvi-werkboek-<n>.owner}, held
 * until the process ends; a crashed process's lock is released by the OS. ADR 0028.
 */
final class ProcessLogFile {

    private static final int MAX_PROCESSES = 100;

    /** The chosen file per log folder; the owner locks stay referenced (and held) for the process's life. */
    private static final Map<Path, Path> CHOSEN = new ConcurrentHashMap<>();
    private static final Map<Path, FileLock> OWNED = new ConcurrentHashMap<>();

    private ProcessLogFile() {
    }

    /** The file this process writes in {@code logs} (the same at every call). */
    static Path in(Path logs) {
        return CHOSEN.computeIfAbsent(logs.toAbsolutePath().normalize(), ProcessLogFile::choose);
    }

    private static Path choose(Path logs) {
        for (int n = 0; n < MAX_PROCESSES; n++) {
            Path owner = logs.resolve(".mvi-werkboek-" + n + ".owner");
            try {
                FileChannel channel = FileChannel.open(owner, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    continue; // held in this process through another name of the folder: closing would drop it
                }
                if (lock != null) {
                    OWNED.put(owner, lock);
                    return logs.resolve(n == 0 ? "mvi-werkboek-0.log" : "mvi-werkboek-p" + n + "-0.log");
                }
                channel.close(); // held by another process
            } catch (IOException e) {
                break; // the folder cannot be written: logging fails anyway, name the usual file
            }
        }
        return logs.resolve("mvi-werkboek-0.log");
    }
}
