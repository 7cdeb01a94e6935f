package nl.mviwerkboek.overview;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.Headings;
import org.kordamp.ikonli.javafx.FontIcon;

/** Chapter "Overzicht": key facts, the next step, and what is done and missing per chapter. */
public final class OverviewView extends ScrollPane {

    private final FlowPane facts = new FlowPane(12, 12);
    private final VBox chapters = new VBox(10);
    private final Consumer<Chapter> goTo;

    /** The page; {@code goTo} switches to a chapter. */
    public OverviewView(OverviewViewModel vm, Consumer<Chapter> goTo) {
        this.goTo = goTo;
        setId("overview-view");
        setFitToWidth(true);
        facts.setId("overview-facts");
        chapters.setId("overview-chapters");
        Label next = new Label();
        next.setId("overview-next-step");
        next.getStyleClass().add("next-step");
        next.setWrapText(true);
        next.setGraphic(new FontIcon("mdi2a-arrow-right-bold-circle-outline"));
        next.textProperty().bind(vm.nextStepProperty());
        VBox page = new VBox(16, Headings.title(Chapter.OVERZICHT.label()), Headings.intro(Chapter.OVERZICHT.purposeKey()),
                next, facts, Headings.section("overview.section.progress"), chapters);
        page.getStyleClass().add("chapter-page");
        page.setPadding(new Insets(28, 36, 36, 36));
        setContent(page);
        vm.facts().addListener((ListChangeListener<OverviewViewModel.Fact>) c -> showFacts(vm));
        vm.chapters().addListener((ListChangeListener<ChapterProgress>) c -> showChapters(vm));
    }

    private void showFacts(OverviewViewModel vm) {
        facts.getChildren().clear();
        for (OverviewViewModel.Fact fact : vm.facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("fact-label");
            label.setWrapText(true); // a zoomed card wraps its label rather than cutting it
            Label value = new Label(fact.value());
            value.setId("fact-" + fact.id());
            value.getStyleClass().add("fact-value");
            value.setWrapText(true);
            VBox card = new VBox(4, label, value);
            card.getStyleClass().add("fact-card");
            card.setPrefWidth(230);
            facts.getChildren().add(card);
        }
    }

    private void showChapters(OverviewViewModel vm) {
        chapters.getChildren().clear();
        for (ChapterProgress progress : vm.chapters()) {
            chapters.getChildren().add(row(progress));
        }
    }

    private VBox row(ChapterProgress progress) {
        Chapter chapter = progress.chapter();
        Label title = new Label(chapter.label(), new FontIcon(chapter.icon()));
        title.getStyleClass().add("progress-title");
        Label state = new Label(progress.state().label(), new FontIcon(stateIcon(progress.state())));
        state.setId("progress-state-" + chapter.id());
        state.getStyleClass().addAll("state-badge", "state-" + progress.state().name().toLowerCase());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button(Messages.get("overview.goTo"));
        open.setId("overview-goto-" + chapter.id());
        open.setOnAction(e -> goTo.accept(chapter));
        VBox box = new VBox(6, new HBox(10, title, state, spacer, open));
        progress.done().forEach(d -> box.getChildren().add(item(d, "mdi2c-check", "done-item")));
        progress.missing().forEach(m -> box.getChildren().add(item(m, "mdi2a-alert-circle-outline", "missing-item")));
        box.setId("progress-" + chapter.id());
        box.getStyleClass().add("progress-card");
        return box;
    }

    private static Label item(String text, String icon, String style) {
        Label label = new Label(text, new FontIcon(icon));
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }

    private static String stateIcon(ChapterProgress.State state) {
        return switch (state) {
            case COMPLETE -> "mdi2c-check-circle-outline";
            case IN_PROGRESS -> "mdi2p-progress-clock";
            case TO_DO -> "mdi2c-circle-outline";
        };
    }
}
