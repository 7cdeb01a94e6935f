package nl.mviwerkboek.app;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Headings;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the window shows when no plan is open: start a new one, open one, or open the sample. */
final class NoPlanView extends VBox {

    NoPlanView(FileActions actions) {
        super(18);
        setId("no-plan-view");
        setAlignment(Pos.CENTER);
        Label intro = new Label(Messages.get("noplan.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        Button create = button("noplan-new", "menu.file.new", "mdi2f-file-plus-outline", actions::newPlan);
        Button open = button("noplan-open", "menu.file.open", "mdi2f-folder-open-outline", actions::openPlan);
        Button sample = button("noplan-sample", "menu.file.sample", "mdi2b-book-open-variant", actions::openSample);
        create.getStyleClass().add("accent");
        getChildren().addAll(Headings.title(Messages.get("noplan.title")), intro, new HBox(10, create, open, sample));
        ((HBox) getChildren().get(2)).setAlignment(Pos.CENTER);
    }

    private static Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button(Messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
