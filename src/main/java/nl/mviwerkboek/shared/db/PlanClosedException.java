package nl.mviwerkboek.shared.db;

import java.nio.file.Path;

/** A write asked for after its plan was closed: the edit was not saved, and the user must be told. */
public final class PlanClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** The write on {@code file} could not run because the plan is closed. */
    public PlanClosedException(Path file) {
        super("Plan is closed, edit not saved: " + file);
        this.file = file;
    }

    /** The plan file the edit was meant for. */
    public Path file() {
        return file;
    }
}
