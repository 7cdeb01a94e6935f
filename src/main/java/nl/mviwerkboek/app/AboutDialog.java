package nl.mviwerkboek.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Help > Over MVI Werkboek: the version, what the app is for, the libraries with their licences, the sources. */
final class AboutDialog {

    /** One library line of {@code licences.txt}. */
    record Library(String name, String licence, String website) {
    }

    private AboutDialog() {
    }

    static void show(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("about.title"));
        dialog.getDialogPane().setId("about-dialog");
        ButtonType close = new ButtonType(Messages.get("button.close"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().add(close);
        dialog.getDialogPane().lookupButton(close).setId("about-close");
        GridPane libraries = new GridPane();
        libraries.setId("about-libraries");
        libraries.setHgap(16);
        libraries.setVgap(4);
        int row = 0;
        for (Library l : libraries()) {
            Label name = new Label(l.name());
            name.setWrapText(true);
            name.setMaxWidth(380);
            Label licence = new Label(l.licence());
            licence.setWrapText(true);
            licence.setMaxWidth(240);
            libraries.addRow(row++, name, licence);
        }
        Label version = new Label(Messages.get("about.version", Version.current()));
        version.setId("about-version");
        VBox content = new VBox(10, Headings.title(Messages.get("app.name")), version, wrapped("about.what"),
                Headings.section("about.libraries"), libraries, Headings.section("about.sources"),
                wrapped("about.sources.text"));
        content.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 520);
        dialog.getDialogPane().setContent(scroll);
        DialogWindows.prepare(dialog).showAndWait();
    }

    private static Label wrapped(String key) {
        Label l = new Label(Messages.get(key));
        l.setWrapText(true);
        l.setMaxWidth(660);
        return l;
    }

    /** The libraries listed in {@code licences.txt}. */
    static List<Library> libraries() {
        List<Library> result = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                AboutDialog.class.getResourceAsStream("licences.txt")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\\|");
                    result.add(new Library(f[0].strip(), f[1].strip(), f[2].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
