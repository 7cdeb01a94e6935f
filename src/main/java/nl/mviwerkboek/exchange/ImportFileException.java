package nl.mviwerkboek.exchange;

import java.nio.file.Path;
import java.util.Locale;

/** A file that cannot be read as a table, with the reason the user is told. */
public final class ImportFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file cannot be read; each has a Dutch and English explanation in the bundles. */
    public enum Problem {
        NOT_A_SPREADSHEET, PASSWORD_PROTECTED, DAMAGED, ZIP_BOMB, TOO_LARGE, NO_DATA, READ_ERROR;

        /** The message key prefix, e.g. {@code importfile.problem.zipbomb}. */
        public String key() {
            return "importfile.problem." + name().toLowerCase(Locale.ROOT).replace("_", "");
        }
    }

    private final Problem problem;
    private final transient Path file;

    /** A problem with a file, with the technical cause for the log. */
    public ImportFileException(Problem problem, Path file, Throwable cause) {
        super(problem + ": " + file + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.problem = problem;
        this.file = file;
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }

    /** The file. */
    public Path file() {
        return file;
    }
}
