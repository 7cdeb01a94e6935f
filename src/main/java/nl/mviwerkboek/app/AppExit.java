package nl.mviwerkboek.app;

import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.FxTaskRunner;
import nl.mviwerkboek.shared.ui.Dialogs;

/**
 * Quitting the app without blocking the FX thread: while a job runs (import, export, migration) it asks
 * whether to wait for it or cancel it; then it waits until every job's thread has ended (a cancelled
 * import rolls back first), closes the plan on a background job, and only then exits.
 */
final class AppExit {

    private final WorkbenchViewModel workbench;
    private final FxTaskRunner tasks;
    private final Dialogs dialogs;
    private Runnable exit;
    private boolean exiting;

    AppExit(WorkbenchViewModel workbench, FxTaskRunner tasks, Dialogs dialogs, Runnable exit) {
        this.workbench = workbench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.exit = exit;
    }

    /** What runs when the plan is closed: {@code Platform.exit} in the app, hiding the window in tests. */
    void onExit(Runnable action) {
        exit = action;
    }

    /** Whether quitting has begun. */
    boolean exiting() {
        return exiting;
    }

    /** The user asked to quit (window close button, Bestand > Afsluiten); call on the FX thread. */
    void request() {
        if (exiting) {
            return;
        }
        if (tasks.runningProperty().get()) {
            boolean cancel = dialogs.confirm(Messages.get("exit.busy.title"),
                    Messages.get("exit.busy.message", tasks.currentTitle()),
                    Messages.get("exit.busy.cancel"), Messages.get("exit.busy.wait"));
            if (cancel) {
                tasks.cancelAll();
                workbench.showStatus(Messages.get("status.exitCancelling"));
            } else {
                workbench.showStatus(Messages.get("status.exitAfterTask"));
            }
        }
        exiting = true;
        tasks.whenIdle()
                .thenCompose(v -> workbench.shutdown())
                .thenCompose(v -> tasks.whenIdle())
                .whenComplete((v, e) -> exit.run());
    }
}
