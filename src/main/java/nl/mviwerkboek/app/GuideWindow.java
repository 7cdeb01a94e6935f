package nl.mviwerkboek.app;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.shared.ui.DialogWindows;

/**
 * The guide (Help > Handleiding, F1): per chapter what it is for, what a good result looks like, the
 * common pitfalls and the tips, in our own words after the 2018 evaluation of MVI action plans.
 */
final class GuideWindow {

    private GuideWindow() {
    }

    /** Opens the guide beside {@code owner} on {@code chapter}. */
    static Stage show(Window owner, Chapter chapter) {
        ListView<Chapter> chapters = new ListView<>();
        nl.mviwerkboek.shared.ui.Accessible.name(chapters, "a11y.guide.chapters");
        chapters.setId("guide-chapters");
        chapters.getItems().setAll(Chapter.values());
        chapters.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Chapter c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.label());
            }
        });
        chapters.setPrefWidth(220);
        VBox page = new VBox(10);
        page.setId("guide-page");
        page.setPadding(new Insets(20, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        chapters.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                fill(page, now);
                scroll.setVvalue(0);
            }
        });
        chapters.getSelectionModel().select(chapter == null ? Chapter.OVERZICHT : chapter);
        BorderPane root = new BorderPane(scroll, null, null, null, chapters);
        root.setId("guide-window");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("guide.title"));
        stage.setScene(new Scene(root, 900, 640));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        DialogWindows.prepare(stage, 900, 640).show();
        return stage;
    }

    private static void fill(VBox page, Chapter c) {
        page.getChildren().setAll(Headings.title(c.label()), text("guide-purpose", Messages.get(c.purposeKey())),
                Headings.section("guide.good"), text("guide-good", Messages.get("help." + c.id() + ".good")),
                Headings.section("guide.pitfalls"), text("guide-pitfalls", Messages.get("help." + c.id() + ".pitfalls")));
        List<Label> tips = nl.mviwerkboek.shared.ui.ChapterTabs.adviceOf(c);
        if (!tips.isEmpty()) {
            page.getChildren().add(Headings.section("guide.tips"));
            page.getChildren().addAll(tips);
        }
        Label source = text("guide-source", Messages.get("placeholder.source"));
        source.getStyleClass().add("source-note");
        page.getChildren().add(source);
    }

    private static Label text(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(620);
        return l;
    }
}
