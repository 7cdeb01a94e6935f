package nl.mviwerkboek.shared.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;

/** JavaFX dialogs with Dutch (or English) button labels from the bundles; file choosers are native. */
public class FxDialogs implements Dialogs {

    /** Id of the confirming button in a confirmation dialog. */
    public static final String CONFIRM_ID = "dialog-confirm";
    /** Id of the cancelling button in a confirmation dialog. */
    public static final String CANCEL_ID = "dialog-cancel";
    /** Id of the closing button of a message dialog. */
    public static final String CLOSE_ID = "dialog-close";

    private final Supplier<Window> owner;
    private final Consumer<String> showDocument;
    private ChooserFolders folders;

    /** Dialogs owned by the window {@code owner} returns; files are opened with {@code showDocument} (a URI). */
    public FxDialogs(Supplier<Window> owner, Consumer<String> showDocument) {
        this.owner = owner;
        this.showDocument = showDocument;
    }

    @Override
    public void startChoosersIn(ChooserFolders chooserFolders) {
        this.folders = chooserFolders;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirm(title, message, confirmLabel, Messages.get("button.cancel"));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String otherLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(otherLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        alert.getDialogPane().lookupButton(yes).setId(CONFIRM_ID);
        alert.getDialogPane().lookupButton(no).setId(CANCEL_ID);
        Mnemonics.dialog(alert.getDialogPane());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public void showProblem(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showUnexpected(String title, String message, String details) {
        ButtonType close = new ButtonType(Messages.get("button.close"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.ERROR, title, null, close);
        alert.getDialogPane().setId("crash-dialog");
        alert.getDialogPane().lookupButton(close).setId(CLOSE_ID);
        javafx.scene.control.Label text = new javafx.scene.control.Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        javafx.scene.control.Label copied = new javafx.scene.control.Label();
        copied.setId("crash-copied");
        javafx.scene.control.Button copy = new javafx.scene.control.Button(Messages.get("error.copyDetails"));
        copy.setId("crash-copy");
        copy.setOnAction(e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copied.setText(Messages.get("error.copied"));
        });
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10, copy, copied);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(14, text, row));
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public Optional<Path> chooseOpenPlan() {
        FileChooser chooser = planChooser(Messages.get("file.open.title"));
        return Optional.ofNullable(open(chooser, ChooserFolders.PLAN)).flatMap(this::pathOf);
    }

    @Override
    public Optional<Path> chooseSavePlan(String title, String suggestedName) {
        FileChooser chooser = planChooser(title);
        chooser.setInitialFileName(suggestedName.endsWith(".mviplan") ? suggestedName : suggestedName + ".mviplan");
        return Optional.ofNullable(save(chooser, ChooserFolders.PLAN)).flatMap(this::pathOf)
                .map(FxDialogs::withExtension);
    }

    @Override
    public Optional<Path> chooseSavePlan(String title, String suggestedName, Path folder) {
        FileChooser chooser = planChooser(title);
        chooser.setInitialFileName(suggestedName.endsWith(".mviplan") ? suggestedName : suggestedName + ".mviplan");
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
            return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath)
                    .map(FxDialogs::withExtension);
        }
        return Optional.ofNullable(save(chooser, ChooserFolders.PLAN)).map(File::toPath).map(FxDialogs::withExtension);
    }

    @Override
    public Optional<Path> chooseImportFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("file.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("file.filter.spend"), "*.xlsx", "*.xls", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(Messages.get("file.filter.all"), "*.*"));
        return Optional.ofNullable(open(chooser, ChooserFolders.IMPORT)).flatMap(this::pathOf);
    }

    @Override
    public Optional<Path> chooseSaveCsv(String title, String suggestedName) {
        return chooseSave(title, suggestedName, "file.filter.csv", "*.csv");
    }

    @Override
    public Optional<Path> chooseSavePng(String title, String suggestedName) {
        return chooseSave(title, suggestedName, "file.filter.png", "*.png");
    }

    @Override
    public Optional<Path> chooseSaveDocument(String title, String suggestedName, String extension) {
        return chooseSave(title, suggestedName, "docx".equals(extension) ? "file.filter.docx" : "file.filter.xlsx",
                "*." + extension);
    }

    @Override
    public void openFile(Path file) {
        showDocument.accept(file.toUri().toString());
    }

    @Override
    public void openLink(String url) {
        showDocument.accept(url);
    }

    /** The chosen file's path; a name this locale cannot represent is explained instead of failing. */
    private Optional<Path> pathOf(File file) {
        Optional<Path> path = nl.mviwerkboek.shared.i18n.UnreadableNames.path(file);
        if (path.isEmpty()) {
            showProblem(nl.mviwerkboek.shared.i18n.UnreadableNames.title(),
                    nl.mviwerkboek.shared.i18n.UnreadableNames.message(file.getName()));
        }
        return path;
    }

    private Optional<Path> chooseSave(String title, String suggestedName, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), pattern));
        return Optional.ofNullable(save(chooser, ChooserFolders.EXPORT)).flatMap(this::pathOf);
    }

    /** Shows an open chooser for {@code kind} starting in its folder; remembers the chosen file's folder. */
    private File open(FileChooser chooser, String kind) {
        if (folders == null) {
            return chooser.showOpenDialog(owner.get());
        }
        folders.apply(chooser, kind);
        return folders.remember(kind, chooser.showOpenDialog(owner.get()));
    }

    /** Shows a save chooser for {@code kind} starting in its folder; remembers the chosen file's folder. */
    private File save(FileChooser chooser, String kind) {
        if (folders == null) {
            return chooser.showSaveDialog(owner.get());
        }
        folders.apply(chooser, kind);
        return folders.remember(kind, chooser.showSaveDialog(owner.get()));
    }

    private void show(Alert.AlertType type, String title, String message) {
        ButtonType close = new ButtonType(Messages.get("button.close"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(type, title, message, close);
        alert.getDialogPane().lookupButton(close).setId(CLOSE_ID);
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("dialog");
        alert.getDialogPane().setMinWidth(480);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        return DialogWindows.prepare(alert);
    }

    private static FileChooser planChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(Messages.get("file.filter.plan"), "*.mviplan"));
        return chooser;
    }

    private static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".mviplan") ? path : path.resolveSibling(name + ".mviplan");
    }
}
