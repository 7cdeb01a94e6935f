package nl.mviwerkboek.plan;

import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.Headings;

/** Chapter "Starten": the organisation profile, the themes, the stakeholders, and the support for MVI (SWOT, "Waarom niet?"). */
public final class StartenView extends ScrollPane {

    /** The page for a plan's profile, theme and stakeholder view-models. */
    public StartenView(ProfileViewModel profile, StakeholdersViewModel stakeholders, ThemesViewModel themes,
                       SupportViewModel support, Dialogs dialogs) {
        setId("starten-view");
        setFitToWidth(true);
        VBox page = new VBox(16,
                Headings.title(Chapter.STARTEN.label()),
                Headings.intro(Chapter.STARTEN.purposeKey()),
                Headings.section("starten.section.profile"),
                new ProfileForm(profile),
                Headings.section("starten.section.themes"),
                Headings.intro("starten.themes.intro"),
                new ThemeSection(themes),
                Headings.section("starten.section.stakeholders"),
                Headings.intro("starten.stakeholders.intro"),
                new StakeholderSection(stakeholders, dialogs),
                Headings.section("support.swot"),
                new SupportSection(support));
        page.getStyleClass().add("chapter-page");
        page.setPadding(new Insets(28, 36, 36, 36));
        setContent(page);
        setAccessibleText(Messages.get(Chapter.STARTEN.labelKey()));
    }
}
