package nl.mviwerkboek.app;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Headings;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The welcome screen, shown whenever no plan is open (also on the very first start): start a new plan,
 * look around in the sample plan, open a file, or pick one of the recent plans; and where the guide is.
 */
final class WelcomeView extends VBox {

    private final VBox recent = new VBox(4);
    private final WorkbenchViewModel vm;
    private final FileActions actions;

    WelcomeView(WorkbenchViewModel vm, FileActions actions, Runnable openGuide) {
        super(18);
        this.vm = vm;
        this.actions = actions;
        setId("welcome-view");
        setAlignment(Pos.TOP_LEFT);
        setPadding(new Insets(64, 36, 36, 36));
        setMaxWidth(760);
        Label intro = new Label(Messages.get("welcome.intro"));
        intro.setWrapText(true);
        Button create = button("welcome-new", "welcome.new", "mdi2f-file-plus-outline", actions::newPlan);
        create.getStyleClass().add("accent");
        Button sample = button("welcome-sample", "welcome.sample", "mdi2b-book-open-variant", actions::openSample);
        Button open = button("welcome-open", "welcome.open", "mdi2f-folder-open-outline", actions::openPlan);
        HBox buttons = new HBox(10, create, sample, open);
        buttons.setAlignment(Pos.CENTER_LEFT);
        recent.setId("welcome-recent");
        Hyperlink guide = new Hyperlink(Messages.get("welcome.guide"), new FontIcon("mdi2h-help-circle-outline"));
        guide.setId("welcome-guide");
        guide.setOnAction(e -> openGuide.run());
        Label drop = new Label(Messages.get("welcome.drop"));
        drop.getStyleClass().add("source-note");
        drop.setWrapText(true);
        getChildren().addAll(Headings.title(Messages.get("welcome.title")), intro, buttons, recent, guide, drop);
        vm.recentPlans().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    private void fillRecent() {
        recent.getChildren().clear();
        if (vm.recentPlans().isEmpty()) {
            return;
        }
        recent.getChildren().add(Headings.section("welcome.recent"));
        int i = 0;
        for (Path plan : vm.recentPlans()) {
            Hyperlink link = new Hyperlink(plan.getFileName() + "  —  " + plan.getParent(),
                    new FontIcon("mdi2f-file-document-outline"));
            link.setId("welcome-recent-" + i++);
            link.setMnemonicParsing(false);
            link.setOnAction(e -> actions.openRecent(plan));
            recent.getChildren().add(link);
        }
    }

    private static Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button(Messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
