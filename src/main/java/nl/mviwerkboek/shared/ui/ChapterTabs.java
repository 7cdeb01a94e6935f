package nl.mviwerkboek.shared.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;

/** Builds a chapter page with tabs: the title and purpose above, each tab's content scrolling on its own. */
public final class ChapterTabs {

    private ChapterTabs() {
    }

    /** A tab with an id and a title from the bundles whose content scrolls vertically. */
    public static Tab tab(String id, String key, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("tab-scroll");
        if (content instanceof Region r) {
            r.setPadding(new Insets(16, 16, 20, 4));
        }
        Tab tab = new Tab(Messages.get(key), scroll);
        tab.setId(id);
        return tab;
    }

    /** Tabs that cannot be closed, under an id. */
    public static TabPane pane(String id, Tab... tabs) {
        TabPane pane = new TabPane(tabs);
        pane.setId(id);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }

    /** The key advice for a chapter, one wrapping label with a light bulb each. */
    public static java.util.List<javafx.scene.control.Label> adviceOf(Chapter chapter) {
        java.util.List<javafx.scene.control.Label> labels = new java.util.ArrayList<>();
        for (int i = 1; Messages.has("chapter." + chapter.id() + ".advice." + i); i++) {
            javafx.scene.control.Label advice = new javafx.scene.control.Label(
                    Messages.get("chapter." + chapter.id() + ".advice." + i),
                    new org.kordamp.ikonli.javafx.FontIcon("mdi2l-lightbulb-on-outline"));
            advice.setWrapText(true);
            advice.setMaxWidth(900);
            advice.getStyleClass().add("advice");
            labels.add(advice);
        }
        return labels;
    }

    /** A chapter page: its title, its purpose, its advice (folded away), and the tabs filling the rest. */
    public static VBox page(String id, Chapter chapter, TabPane tabs) {
        Accessible.name(tabs, "a11y.chapter.tabs", chapter.label());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox advice = new VBox(6);
        advice.getChildren().addAll(adviceOf(chapter));
        advice.getChildren().add(new javafx.scene.control.Label(Messages.get("placeholder.source")));
        advice.getChildren().getLast().getStyleClass().add("source-note");
        TitledPane tips = new TitledPane(Messages.get("chapter.tips"), advice);
        tips.setId("chapter-tips");
        tips.setExpanded(false);
        tips.setAnimated(false);
        tips.getStyleClass().add("chapter-tips");
        VBox page = new VBox(10, Headings.title(chapter.label()), Headings.intro(chapter.purposeKey()), tips, tabs);
        page.setId(id);
        page.getStyleClass().add("chapter-page");
        page.setPadding(new Insets(20, 28, 12, 28));
        return page;
    }
}
