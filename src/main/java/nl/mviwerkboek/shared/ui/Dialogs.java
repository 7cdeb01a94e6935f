package nl.mviwerkboek.shared.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Every question and message the app shows in a dialog, and its file choosers, with our own labels. */
public interface Dialogs {

    /** Asks to confirm an action; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Asks a question with two answers; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel, String otherLabel);

    /** Tells the user about a problem: what happened and what to do. */
    void showProblem(String title, String message);

    /**
     * Tells the user that something unexpected went wrong: what happened in plain words, that the plan is
     * safe, and a button that copies {@code details} (for the helpdesk) to the clipboard.
     */
    void showUnexpected(String title, String message, String details);

    /** Tells the user something went well, e.g. where a copy was saved. */
    void showInfo(String title, String message);

    /** Lets the file choosers start in the folder last used for their kind of file, or the open plan's. */
    default void startChoosersIn(ChooserFolders folders) {
    }

    /** Lets the user pick an existing plan file. */
    Optional<Path> chooseOpenPlan();

    /** Lets the user pick where to save a plan file, suggesting a name. */
    Optional<Path> chooseSavePlan(String title, String suggestedName);

    /** Lets the user pick where to save a plan file, starting in {@code folder}. */
    default Optional<Path> chooseSavePlan(String title, String suggestedName, Path folder) {
        return chooseSavePlan(title, suggestedName);
    }

    /** Lets the user pick a spend export (.xlsx, .xls, .csv, .txt) to import. */
    Optional<Path> chooseImportFile();

    /** Lets the user pick where to save a CSV report, suggesting a name. */
    Optional<Path> chooseSaveCsv(String title, String suggestedName);

    /** Asks where to save a picture (PNG). */
    Optional<Path> chooseSavePng(String title, String suggestedName);

    /** Asks where to save a Word ({@code docx}) or Excel ({@code xlsx}) document, suggesting a name. */
    Optional<Path> chooseSaveDocument(String title, String suggestedName, String extension);

    /** Opens a file in the program the computer uses for it (Word for .docx, say). */
    void openFile(Path file);

    /** Opens a web page in the browser. */
    void openLink(String url);
}
