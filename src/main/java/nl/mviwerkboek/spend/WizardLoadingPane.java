package nl.mviwerkboek.spend;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;

/** What the import wizard shows while its file is still being read: it opens at once, the form follows. */
final class WizardLoadingPane extends VBox {

    /** Id of the wizard's dialog pane while it shows this; {@code import-wizard} once the form is there. */
    static final String ID = "import-wizard-loading";

    WizardLoadingPane(Path file) {
        super(12);
        Label reading = new Label(Messages.get("task.analyse", file.getFileName()));
        reading.setId("wizard-loading");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setAccessibleText(reading.getText());
        getChildren().addAll(progress, reading);
        setAlignment(Pos.CENTER);
    }
}
