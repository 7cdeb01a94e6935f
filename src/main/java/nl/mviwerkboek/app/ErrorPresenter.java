package nl.mviwerkboek.app;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.mviwerkboek.exchange.ImportFileException;
import nl.mviwerkboek.shared.db.DatabaseException;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Dialogs;

/** Turns failures into plain Dutch messages (what happened, what to do) and writes them to the log. */
final class ErrorPresenter implements Consumer<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorPresenter.class.getName());
    private final Dialogs dialogs;
    private boolean showing;

    ErrorPresenter(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void accept(Throwable failure) {
        Throwable cause = UiCallbacks.unwrap(failure);
        if (cause instanceof CancellationException) {
            return;
        }
        if (cause instanceof PlanFileException e) {
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
                dialogs.showUnexpected(Messages.get("error.unexpected.title"), Messages.get("error.unexpected.message"),
                        CrashReport.details(cause));
            } finally {
                showing = false;
            }
        }
    }
}
