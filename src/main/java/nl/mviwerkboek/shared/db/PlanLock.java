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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a plan file for one running app: an operating-system lock on a small file beside the plan.
 * A lock left by a crashed app is released by the operating system, so the next open recovers it.
 */
public final class PlanLock implements AutoCloseable {

    /** Lock files this process holds; closing any channel to one would drop the OS lock (POSIX). */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private PlanLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file that belongs to a plan file. */
    public static Path lockFileOf(Path planFile) {
        return planFile.resolveSibling("." + planFile.getFileName() + ".lock");
    }

    /** Takes the lock, or fails with {@code LOCKED} when another app (or this one) has the plan open. */
    public static PlanLock acquire(Path planFile) throws PlanFileException {
        Path lockFile = lockFileOf(planFile.toAbsolutePath().normalize());
        if (!HELD.add(lockFile)) {
            throw new PlanFileException(PlanFileException.Problem.LOCKED, planFile);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            HELD.remove(lockFile);
            throw new PlanFileException(PlanFileException.Problem.READ_ONLY, planFile, e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                closeQuietly(channel);
                HELD.remove(lockFile);
                throw new PlanFileException(PlanFileException.Problem.LOCKED, planFile);
            }
            channel.truncate(0);
            String owner = ProcessHandle.current().pid() + "@" + hostName() + "\n";
            channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)));
            return new PlanLock(lockFile, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            HELD.remove(lockFile);
            throw new PlanFileException(PlanFileException.Problem.LOCKED, planFile, e);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(lockFile);
            throw new PlanFileException(PlanFileException.Problem.IO_ERROR, planFile, e);
        }
    }

    /** Releases the lock and removes the lock file. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
        try {
            Files.deleteIfExists(lockFile);
        } catch (IOException ignored) {
            // a leftover lock file without an OS lock is recovered by the next open
        } finally {
            HELD.remove(lockFile);
        }
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
