package nl.mviwerkboek.testsupport;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import nl.mviwerkboek.shared.ui.FxDialogs;

/** Real dialogs, but file choosers answer with paths the test sets (native choosers cannot run headless). */
public final class TestDialogs extends FxDialogs {

    private Path nextOpen;
    private Path nextSave;
    private Path nextImport;
    private Path nextCsv;

    public void answerImportWith(Path file) {
        nextImport = file;
    }

    public void answerCsvWith(Path file) {
        nextCsv = file;
    }

    @Override
    public Optional<Path> chooseImportFile() {
        return Optional.ofNullable(nextImport);
    }

    @Override
    public Optional<Path> chooseSaveCsv(String title, String suggestedName) {
        return Optional.ofNullable(nextCsv);
    }

    @Override
    public Optional<Path> chooseSavePng(String title, String suggestedName) {
        return Optional.ofNullable(nextCsv);
    }

    private Path nextDocument;
    private final java.util.List<Path> opened = new java.util.ArrayList<>();

    public TestDialogs(Supplier<Window> owner) {
        super(owner, uri -> { });
    }

    public void answerDocumentWith(Path file) {
        nextDocument = file;
    }

    /** The files the app asked to open in another program (never opened in tests). */
    public java.util.List<Path> opened() {
        return opened;
    }

    @Override
    public Optional<Path> chooseSaveDocument(String title, String suggestedName, String extension) {
        return Optional.ofNullable(nextDocument);
    }

    @Override
    public void openFile(Path file) {
        opened.add(file);
    }

    private final java.util.List<String> links = new java.util.ArrayList<>();

    /** The web pages the app asked to open (never opened in tests). */
    public java.util.List<String> links() {
        return links;
    }

    @Override
    public void openLink(String url) {
        links.add(url);
    }

    public void answerOpenWith(Path file) {
        nextOpen = file;
    }

    public void answerSaveWith(Path file) {
        nextSave = file;
    }

    @Override
    public Optional<Path> chooseOpenPlan() {
        return Optional.ofNullable(nextOpen);
    }

    @Override
    public Optional<Path> chooseSavePlan(String title, String suggestedName) {
        return Optional.ofNullable(nextSave);
    }

    private String lastSuggestedName;
    private Path lastSaveFolder;

    @Override
    public Optional<Path> chooseSavePlan(String title, String suggestedName, Path folder) {
        lastSuggestedName = suggestedName;
        lastSaveFolder = folder;
        return chooseSavePlan(title, suggestedName);
    }

    /** The name and folder the last save chooser with a folder was opened with. */
    public String lastSuggestedName() {
        return lastSuggestedName;
    }

    public Path lastSaveFolder() {
        return lastSaveFolder;
    }
}
