package nl.mviwerkboek.app;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.mviwerkboek.exchange.ImportFileException;
import nl.mviwerkboek.shared.db.DatabaseException;
import nl.mviwerkboek.shared.db.DiskFullException;
import nl.mviwerkboek.shared.db.PlanClosedException;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.i18n.DiskSpaceTexts;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Dialogs;

/** Turns failures into plain Dutch messages (what happened, what to do) and writes them to the log. */
final class ErrorPresenter implements Consumer<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorPresenter.class.getName());
    private final Dialogs dialogs;
    private final Path logFile;
    private boolean showing;

    /** Shows failures in {@code dialogs}; the unexpected ones point to {@code logFile}. */
    ErrorPresenter(Dialogs dialogs, Path logFile) {
        this.dialogs = dialogs;
        this.logFile = logFile;
    }

    @Override
    public void accept(Throwable failure) {
        Throwable cause = UiCallbacks.unwrap(failure);
        if (cause instanceof CancellationException) {
            return;
        }
        if (cause instanceof PlanClosedException e) {
            LOG.log(Level.WARNING, "Edit on a closed plan not saved: " + e.file(), e);
            dialogs.showProblem(Messages.get("error.closed.title"),
                    Messages.get("error.closed.message", e.file().getFileName()));
        } else if (DiskFullException.isDiskFull(cause)) {
            LOG.log(Level.WARNING, "Disk full", cause);
            DiskFullException full = cause instanceof DiskFullException d ? d : null;
            UserProblem problem = full != null ? DiskSpaceTexts.full(full.folder(), full.usableBytes())
                    : DiskSpaceTexts.fullSomewhere();
            dialogs.showProblem(problem.title(), problem.detail());
        } else if (cause instanceof PlanFileException e) {
            LOG.log(Level.INFO, "Plan file problem: " + e.getMessage(), e);
            dialogs.showProblem(Messages.get(e.problem().key() + ".title"),
                    Messages.get("planfile.problem.file", e.file()) + "\n\n"
                            + Messages.get(e.problem().key() + ".action"));
        } else if (cause instanceof ImportFileException e) {
            LOG.log(Level.INFO, "Import file problem: " + e.getMessage(), e);
            dialogs.showProblem(e.title(), e.detail());
        } else if (cause instanceof UserProblem e) {
            LOG.log(Level.INFO, "Input problem: " + e.getMessage());
            dialogs.showProblem(e.title(), e.detail());
        } else if (cause instanceof DatabaseException) {
            LOG.log(Level.WARNING, "Database error", cause);
            dialogs.showProblem(Messages.get("error.save.title"), Messages.get("error.save.message"));
        } else {
            LOG.log(Level.SEVERE, "Unexpected error", cause);
            if (showing) {
                return;
            }
            showing = true;
            try {
                dialogs.showUnexpected(Messages.get("error.unexpected.title"), Messages.get("error.unexpected.message", logFile),
                        CrashReport.details(cause));
            } finally {
                showing = false;
            }
        }
    }
}
