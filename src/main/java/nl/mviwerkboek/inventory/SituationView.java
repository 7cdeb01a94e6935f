package nl.mviwerkboek.inventory;

import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.ChapterTabs;
import nl.mviwerkboek.shared.ui.Dialogs;

/** Chapter "Huidige situatie": the inventory of what is already done, and the self-assessment per theme. */
public final class SituationView {

    private SituationView() {
    }

    /** The page for the chapter's view-models. */
    public static VBox create(InventoryViewModel inventory, MaturityViewModel maturity, Dialogs dialogs) {
        return ChapterTabs.page("situation-view", Chapter.HUIDIGE_SITUATIE, ChapterTabs.pane("situation-tabs",
                ChapterTabs.tab("tab-inventory", "situation.tab.inventory", new InventoryView(inventory, dialogs)),
                ChapterTabs.tab("tab-maturity", "situation.tab.maturity", new MaturityView(maturity))));
    }
}
