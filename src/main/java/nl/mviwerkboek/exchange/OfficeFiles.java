package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an office file so that the target only ever holds a complete file (or what it held before). */
public final class OfficeFiles {

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
