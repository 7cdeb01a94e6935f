package nl.mviwerkboek.shared.db;

import java.nio.file.Path;

/** A plan file that cannot be opened or written, with the reason the user is told. */
public final class PlanFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a plan file cannot be used; each has a Dutch and English explanation in the bundles. */
    public enum Problem {
        NOT_FOUND, NOT_A_PLAN, DAMAGED, NEWER_VERSION, READ_ONLY, LOCKED, ALREADY_EXISTS, IO_ERROR,
        /** A crashed app left committed work in a log beside another name (hard link) of the plan. */
        LOG_ELSEWHERE;

        /** The message key prefix, e.g. {@code planfile.problem.locked}. */
        public String key() {
            return "planfile.problem." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }

    private final Problem problem;
    private final transient Path file;

    /** A problem with a file, optionally caused by a lower-level error. */
    public PlanFileException(Problem problem, Path file, Throwable cause) {
        super(problem + ": " + file, cause);
        this.problem = problem;
        this.file = file;
    }

    /** A problem with a file. */
    public PlanFileException(Problem problem, Path file) {
        this(problem, file, null);
    }

    /** What is wrong. */
    public Problem problem() {
        return problem;
    }

    /** The file it is about. */
    public Path file() {
        return file;
    }
}
