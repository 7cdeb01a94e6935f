package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * One small file with an operating-system lock on it, part of a {@link PlanLock}. It records its owner
 * ({@code pid@host}) and, on the second line, the name the plan was opened through; a file left by a
 * crashed app keeps that record for the next open to read ({@link #previousName()}, ADR 0028).
 */
final class LockFile {

    private static final int ATTEMPTS = 3;
    private static final int RECORD_BYTES = 8192;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Path previousName;

    private LockFile(Path file, FileChannel channel, FileLock lock, Path previousName) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.previousName = previousName;
    }

    /**
     * Creates (or reuses) the file and locks it, or fails with {@code LOCKED}. A file that was removed
     * or replaced between opening and locking (its holder was just closing) is not trusted: the lock
     * would be on a file no other app can see, so it is taken again on the new file.
     */
    static LockFile take(Path file, Path planFile, Path openedName, PlanFileException.Problem whenUnwritable)
            throws PlanFileException {
        for (int attempt = 1; ; attempt++) {
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new PlanFileException(whenUnwritable, planFile, e);
            }
            Object opened = PlanLock.fileKey(file);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    closeQuietly(channel);
                    throw new PlanFileException(PlanFileException.Problem.LOCKED, planFile);
                }
                Object now = PlanLock.fileKey(file);
                if (Files.exists(file) && Objects.equals(opened, now)) {
                    Path previous = recordedName(channel);
                    write(channel, openedName);
                    return new LockFile(file, channel, lock, previous);
                }
                closeQuietly(channel);
                if (attempt == ATTEMPTS) {
                    throw new PlanFileException(PlanFileException.Problem.LOCKED, planFile);
                }
            } catch (OverlappingFileLockException e) {
                closeQuietly(channel);
                throw new PlanFileException(PlanFileException.Problem.LOCKED, planFile, e);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new PlanFileException(PlanFileException.Problem.IO_ERROR, planFile, e);
            }
        }
    }

    /**
     * The name a plan was opened through by the app that held this lock file before (which crashed:
     * a clean close removes the file); null when the file was new or has no such record.
     */
    Path previousName() {
        return previousName;
    }

    /** Records {@code name} as the name the plan is open through (or whose log is still to be taken in). */
    void record(Path name) throws IOException {
        write(channel, name);
    }

    private static void write(FileChannel channel, Path name) throws IOException {
        channel.truncate(0);
        String record = ProcessHandle.current().pid() + "@" + hostName() + "\n" + name + "\n";
        channel.write(ByteBuffer.wrap(record.getBytes(StandardCharsets.UTF_8)), 0);
    }

    private static Path recordedName(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(RECORD_BYTES);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // read the whole (small) record
        }
        String[] lines = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\n");
        if (lines.length < 2 || lines[1].isBlank()) {
            return null; // written by an app from before the record, or by hand
        }
        try {
            return Path.of(lines[1]);
        } catch (java.nio.file.InvalidPathException e) {
            return null; // a name this locale cannot read: nothing to check
        }
    }

    /**
     * Removes the file and only then releases the OS lock: another app that opened the old file
     * meanwhile finds it gone after locking and starts over, so two apps never both hold the plan.
     */
    void release() {
        release(false);
    }

    /** Releases the lock; with {@code keepFile} the file and its record stay for the next open to read. */
    void release(boolean keepFile) {
        try {
            if (!keepFile) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a leftover lock file without an OS lock is recovered by the next open
        }
        PlanLock.beforeRelease.accept(file);
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }

    private static String hostName() {
        String name = System.getenv("COMPUTERNAME");
        return name != null ? name : System.getenv().getOrDefault("HOSTNAME", "localhost");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
