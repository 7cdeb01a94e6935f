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

/** One small file with an operating-system lock on it, part of a {@link PlanLock}. */
final class LockFile {

    private static final int ATTEMPTS = 3;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private LockFile(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates (or reuses) the file and locks it, or fails with {@code LOCKED}. A file that was removed
     * or replaced between opening and locking (its holder was just closing) is not trusted: the lock
     * would be on a file no other app can see, so it is taken again on the new file.
     */
    static LockFile take(Path file, Path planFile, PlanFileException.Problem whenUnwritable) throws PlanFileException {
        for (int attempt = 1; ; attempt++) {
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
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
                    channel.truncate(0);
                    String owner = ProcessHandle.current().pid() + "@" + hostName() + "\n";
                    channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)));
                    return new LockFile(file, channel, lock);
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
     * Removes the file and only then releases the OS lock: another app that opened the old file
     * meanwhile finds it gone after locking and starts over, so two apps never both hold the plan.
     */
    void release() {
        try {
            Files.deleteIfExists(file);
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
