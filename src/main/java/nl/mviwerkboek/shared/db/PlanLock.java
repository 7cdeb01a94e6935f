package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Keeps a plan file for one running app, by the file's identity: every name of one file (a symbolic
 * or hard link) shares one lock. Two operating-system locks are held: on a small file beside the
 * plan's real path, and on a file named by the plan's file key (device and inode) in a lock folder,
 * which catches hard links. A lock left by a crashed app is released by the operating system, so the
 * next open recovers it. See ADR 0021.
 */
public final class PlanLock implements AutoCloseable {

    /** Identities (file key, or real path where there is none) this process holds. */
    private static final Set<Object> HELD = ConcurrentHashMap.newKeySet();

    private static volatile Path keyFolder = Path.of(System.getProperty("java.io.tmpdir"),
            "mvi-werkboek-locks-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_"));

    /** Test seam: called with each lock file just before its OS lock is released. */
    static volatile Consumer<Path> beforeRelease = file -> { };

    private final Path planFile;
    private final Object identity;
    private final List<LockFile> files;
    private volatile Path logElsewhere;

    private PlanLock(Path planFile, Object identity, List<LockFile> files, Path logElsewhere) {
        this.planFile = planFile;
        this.identity = identity;
        this.files = files;
        this.logElsewhere = logElsewhere;
    }

    /** Keeps the file-key locks in {@code folder} (the data folder's {@code locks/}); set once at start. */
    public static void keepKeysIn(Path folder) {
        keyFolder = folder.toAbsolutePath().normalize();
    }

    /** The lock file beside a plan file's real path (symbolic links resolved). */
    public static Path lockFileOf(Path planFile) {
        Path real = realPath(planFile);
        return real.resolveSibling("." + real.getFileName() + ".lock");
    }

    /** Takes the lock, or fails with {@code LOCKED} when another app (or this one) has the plan open. */
    public static PlanLock acquire(Path planFile) throws PlanFileException {
        Path real = realPath(planFile);
        Object key = fileKey(real);
        Object identity = key != null ? key : real;
        if (!HELD.add(identity)) {
            throw new PlanFileException(PlanFileException.Problem.LOCKED, planFile);
        }
        List<LockFile> taken = new ArrayList<>();
        try {
            taken.add(LockFile.take(lockFileOf(real), planFile, real, PlanFileException.Problem.READ_ONLY));
            Path elsewhere = null;
            if (key != null) {
                LockFile keyLock = LockFile.take(keyFileOf(key), planFile, real, PlanFileException.Problem.IO_ERROR);
                taken.add(keyLock);
                elsewhere = OtherNameLog.leftBy(keyLock.previousName(), real, key);
                if (elsewhere != null) {
                    keyLock.record(elsewhere); // until it is taken in, also when this app crashes or is refused
                }
            }
            return new PlanLock(real, identity, taken, elsewhere);
        } catch (IOException e) {
            releaseAll(taken, false);
            HELD.remove(identity);
            throw new PlanFileException(PlanFileException.Problem.IO_ERROR, planFile, e);
        } catch (PlanFileException | RuntimeException e) {
            releaseAll(taken, false);
            HELD.remove(identity);
            throw e;
        }
    }

    /** The plan file's real path, under which it is locked and connected to. */
    public Path planFile() {
        return planFile;
    }

    /**
     * Another name (hard link) of this file through which a crashed app had it open, and beside which
     * it left a log with committed work (ADR 0028); null when there is none.
     */
    Path logElsewhere() {
        return logElsewhere;
    }

    /** Says the log beside {@link #logElsewhere()} is in the file now: the record names the real path again. */
    void logTakenIn() throws PlanFileException {
        try {
            files.get(files.size() - 1).record(planFile);
        } catch (IOException e) {
            throw new PlanFileException(PlanFileException.Problem.IO_ERROR, planFile, e);
        }
        logElsewhere = null;
    }

    /** Removes the lock files and only then releases their OS locks. */
    @Override
    public void close() {
        try {
            releaseAll(files, logElsewhere != null); // a log not taken in stays named for the next open
        } finally {
            HELD.remove(identity);
        }
    }

    private static void releaseAll(List<LockFile> files, boolean keepKeyRecord) {
        for (int i = files.size() - 1; i >= 0; i--) {
            files.get(i).release(keepKeyRecord && i == files.size() - 1 && i > 0);
        }
    }

    private static Path keyFileOf(Object key) throws PlanFileException {
        String name = key.toString().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        Path folder = keyFolder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new PlanFileException(PlanFileException.Problem.IO_ERROR, folder, e);
        }
        return folder.resolve("plan-" + name.toLowerCase(Locale.ROOT) + ".lock");
    }

    private static Path realPath(Path planFile) {
        try {
            return planFile.toRealPath();
        } catch (IOException e) {
            return planFile.toAbsolutePath().normalize();
        }
    }

    /** The file's key (device and inode on Linux and macOS); null where the system has none (Windows). */
    static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
