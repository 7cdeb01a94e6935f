package nl.mviwerkboek.app;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javafx.application.Platform;

/**
 * The technical details of an unexpected error, as the helpdesk needs them (version, Java, system, time,
 * stack trace), and the handler that sends errors nobody caught to the friendly dialog.
 */
final class CrashReport {

    private CrashReport() {
    }

    /** The details of {@code failure} as text to copy. */
    static String details(Throwable failure) {
        return "MVI Werkboek " + Version.current() + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n"
                + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "\n\n" + trace(failure);
    }

    /** The exception with its stack and causes, as a stack trace reads. */
    static String trace(Throwable failure) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t == failure ? "" : "Caused by: ").append(t).append('\n');
            for (StackTraceElement e : t.getStackTrace()) {
                sb.append("\tat ").append(e).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Sends exceptions that no code caught (on the FX thread or any other) to {@code presenter}, which logs
     * them and shows the dialog; the app keeps running.
     */
    static void install(ErrorPresenter presenter) {
        Thread.UncaughtExceptionHandler handler = (thread, failure) -> {
            if (Platform.isFxApplicationThread()) {
                presenter.accept(failure);
            } else {
                Platform.runLater(() -> presenter.accept(failure));
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(handler);
        }
    }
}
