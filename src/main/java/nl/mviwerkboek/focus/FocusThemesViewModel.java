package nl.mviwerkboek.focus;

import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.ObservableLists;
import nl.mviwerkboek.spend.groups.ProductGroup;

/** State of the focus-themes tab: every theme's focus, the selection, the advice on how many to choose. */
public final class FocusThemesViewModel {

    /** The number of focus themes the 2018 evaluation advises; above it the tab shows a gentle warning. */
    public static final int ADVISED = 3;

    private final FocusViewModel focus;
    private final ObservableList<FocusTheme> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FocusTheme> selected = new SimpleObjectProperty<>();
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final StringBinding countText;
    private final StringBinding warning;

    /** The tab's state over the chapter's shared state. */
    public FocusThemesViewModel(FocusViewModel focus) {
        this.focus = focus;
        focus.pictureProperty().addListener((o, old, now) -> show(now));
        countText = Bindings.createStringBinding(() -> Messages.get("focus.count", chosen()), rows);
        warning = Bindings.createStringBinding(() -> chosen() > ADVISED
                ? Messages.get("focus.warning.many", chosen(), ADVISED) : "", rows);
        show(focus.pictureProperty().get());
    }

    private void show(FocusPicture p) {
        ObservableLists.updateKeepingSelection(rows, p.themes(), selected, f -> f.theme().id());
    }

    private long chosen() {
        return rows.stream().filter(f -> f.chosen() && !f.theme().archived()).count();
    }

    /** Chooses a theme as focus or takes it out of the focus; its ambition, rationale and groups stay. */
    public CompletableFuture<Void> setChosen(FocusTheme f, boolean chosen) {
        return focus.apply(focus.service().saveFocus(f.withChosen(chosen)));
    }

    /** Saves a theme's focus from the form. */
    public CompletableFuture<Void> save(FocusTheme f) {
        return focus.apply(focus.service().saveFocus(f));
    }

    /** A form for the selected theme's focus. */
    public FocusThemeFormViewModel editForm() {
        return new FocusThemeFormViewModel(selected.get(), focus.pictureProperty().get().groups());
    }

    /** The names of the product groups a focus applies to. */
    public String groupNames(FocusTheme f) {
        return focus.pictureProperty().get().groups().stream().filter(g -> f.groupIds().contains(g.id()))
                .map(ProductGroup::name).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** How many goals a theme has. */
    public long goalCount(FocusTheme f) {
        return focus.pictureProperty().get().goals().stream().filter(g -> g.themeId() == f.theme().id()).count();
    }

    public ObservableList<FocusTheme> rows() { return rows; }
    public ObjectProperty<FocusTheme> selectedProperty() { return selected; }
    public BooleanBinding hasSelection() { return hasSelection; }
    /** "3 focusthema's gekozen". */
    public StringBinding countText() { return countText; }
    /** The gentle warning when more than {@link #ADVISED} themes are chosen; empty otherwise. */
    public StringBinding warning() { return warning; }
}
