package nl.mviwerkboek.shared.i18n;

import java.nio.file.Path;

/** The user's texts about a full disk: which folder, how much is left, how much an import needs. */
public final class DiskSpaceTexts {

    private static final double MEGABYTE = 1_000_000.0;

    private DiskSpaceTexts() {
    }

    /** A size as "12,3 MB"; a negative size is unknown. */
    public static String size(long bytes) {
        if (bytes < 0) {
            return Messages.get("diskFull.unknown");
        }
        double mb = bytes / MEGABYTE;
        return Messages.get("diskFull.megabytes", mb >= 10 ? Formats.number(Math.round(mb)) : Formats.decimal(mb));
    }

    /** A write that did not fit: the disk of {@code folder} is full, {@code usableBytes} left. */
    public static UserProblem full(Path folder, long usableBytes) {
        return new UserProblem(Messages.get("diskFull.title"), Messages.get("diskFull.message", folder, size(usableBytes)));
    }

    /** A write that did not fit on a disk that is not known. */
    public static UserProblem fullSomewhere() {
        return new UserProblem(Messages.get("diskFull.title"), Messages.get("diskFull.somewhere"));
    }

    /**
     * An import of {@code file} ({@code fileBytes} large) that did not fit in {@code folder}: it needs
     * about three times the file's size (lines, indexes and the write-ahead log of the one transaction).
     */
    public static UserProblem importFull(Path file, long fileBytes, Path folder, long usableBytes) {
        return new UserProblem(Messages.get("diskFull.title"), Messages.get("diskFull.import", file.getFileName(),
                folder, size(usableBytes), size(neededForImport(fileBytes)), size(fileBytes)));
    }

    /** About how much room importing a file of this size takes: three times its size. */
    public static long neededForImport(long fileBytes) {
        return 3 * Math.max(0, fileBytes);
    }
}
