package nl.mviwerkboek.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Chapter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The chapter list on the left, in the order of the plan's life, with the shortcut of each. */
final class Sidebar extends VBox {

    Sidebar(WorkbenchViewModel vm) {
        setId("sidebar");
        getStyleClass().add("sidebar");
        Label heading = new Label(Messages.get("sidebar.heading"));
        heading.getStyleClass().add("sidebar-heading");
        getChildren().add(heading);
        ToggleGroup group = new ToggleGroup();
        int number = 1;
        for (Chapter chapter : vm.chapters()) {
            ToggleButton button = new ToggleButton(number + "  " + chapter.label(), new FontIcon(chapter.icon()));
            button.setId("nav-" + chapter.id());
            button.getStyleClass().add("nav-item");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setMnemonicParsing(false);
            button.setAccessibleHelp(Messages.get("sidebar.shortcut", number));
            button.setSelected(vm.chapterProperty().get() == chapter);
            button.disableProperty().bind(vm.sessionProperty().isNull());
            button.setOnAction(e -> {
                vm.chapterProperty().set(chapter);
                button.setSelected(true);
            });
            vm.chapterProperty().addListener((o, old, now) -> button.setSelected(now == chapter));
            getChildren().add(button);
            number++;
        }
    }
}
