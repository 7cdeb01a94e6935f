package nl.mviwerkboek.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/** A write that failed because a disk was full: the plan's, or the one of the temporary folder. Nothing of it was saved. */
public final class DiskFullException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int SQLITE_FULL = 13;

    private final transient Path folder;
    private final long usableBytes;

    private DiskFullException(Path folder, long usableBytes, Throwable cause) {
        super("Disk full in " + folder + " (" + usableBytes + " bytes free)", cause);
        this.folder = folder;
        this.usableBytes = usableBytes;
    }

    /** The folder whose disk ran out of space. */
    public Path folder() {
        return folder;
    }

    /** The space left there now, in bytes; -1 when the system does not tell. */
    public long usableBytes() {
        return usableBytes;
    }

    /**
     * Whether a failure, or anything it was caused by or that was suppressed in it (a rollback that
     * failed after the first error), says that a disk is full.
     */
    public static boolean isDiskFull(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return isDiskFull(failure, seen);
    }

    private static boolean isDiskFull(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof DiskFullException) {
            return true;
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (t instanceof SQLException e && ((e.getErrorCode() & 0xFF) == SQLITE_FULL
                || message.contains("sqlite_full") || message.contains("database or disk is full"))) {
            return true;
        }
        if (t instanceof IOException && (message.contains("no space left on device")
                || message.contains("not enough space on the disk") || message.contains("disk full"))) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (isDiskFull(s, seen)) {
                return true;
            }
        }
        return isDiskFull(t.getCause(), seen);
    }

    /**
     * The failure as a full disk of the plan's folder, or of the temporary folder (SQLite sorts large
     * indexes there) when that lies on another disk with less room left.
     */
    public static DiskFullException of(Path planFile, Throwable cause) {
        if (cause instanceof DiskFullException full) {
            return full;
        }
        Path planFolder = planFile.toAbsolutePath().getParent();
        Path temp = tempFolder();
        long planFree = usableSpace(planFolder);
        long tempFree = usableSpace(temp);
        boolean tempFuller = tempFree >= 0 && planFree >= 0 && tempFree < planFree && !sameStore(planFolder, temp);
        return tempFuller ? new DiskFullException(temp, tempFree, cause)
                : new DiskFullException(planFolder, planFree, cause);
    }

    /** The space left on the disk of a folder, in bytes; -1 when unknown. */
    public static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Where SQLite writes its temporary files on this system. */
    static Path tempFolder() {
        for (String env : new String[] {"SQLITE_TMPDIR", "TMPDIR"}) {
            String value = System.getenv(env);
            if (value != null && !value.isBlank()) {
                return Path.of(value);
            }
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static boolean sameStore(Path a, Path b) {
        try {
            return Files.getFileStore(a).equals(Files.getFileStore(b));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
