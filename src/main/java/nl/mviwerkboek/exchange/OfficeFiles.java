package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes an export (Word, Excel, CSV, PNG) so that the target only ever holds a complete file (or what it
 * held before); each export first removes what killed exports left in its folder.
 */
public final class OfficeFiles {

    /**
     * Hidden files of an export that was killed are removed once they are older than this. An hour: a large
     * workbook is built before its hidden file gets its bytes, so a running export's file can be minutes old.
     */
    static final Duration STALE = Duration.ofHours(1);

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    private OfficeFiles() {
    }

    /**
     * Writes {@code content} to a hidden file beside {@code target} and moves it into place; on any failure
     * or cancel the hidden file is removed and the target is left as it was.
     */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        removeStaleParts(folder, Instant.now());
        Path temp = Files.createFile(folder.resolve("." + absolute.getFileName() + "." + System.nanoTime() + ".part"));
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Removes hidden {@code .NAME.<number>.part} files that an export killed halfway left in
     * {@code folder}, once older than an hour (a running export's file is younger); returns how many.
     */
    public static int removeStaleParts(Path folder, Instant now) {
        int removed = 0;
        try (var files = Files.newDirectoryStream(folder, ".*.part")) {
            for (Path file : files) {
                if (file.getFileName().toString().matches("\\..+\\.-?\\d+\\.part")
                        && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(STALE))) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that is gone or unreadable has nothing of ours to clean
        }
        return removed;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (FileSystemException e) {
            throw new FileInUseException(target, e);
        }
    }

    /** The target could not be replaced, usually because it is open in Word or Excel. */
    public static final class FileInUseException extends IOException {

        private final transient Path file;

        FileInUseException(Path file, Throwable cause) {
            super("Cannot replace " + file, cause);
            this.file = file;
        }

        /** The file that is in use. */
        public Path file() {
            return file;
        }
    }
}
