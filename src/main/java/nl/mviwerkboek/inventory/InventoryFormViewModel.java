package nl.mviwerkboek.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.groups.ProductGroup;

/** The inventory item form: fields as properties, a tick per theme, a check on the title, and the item they make. */
public final class InventoryFormViewModel {

    /** One theme the item can concern, ticked or not. */
    public record ThemeTick(Theme theme, BooleanProperty ticked) {
    }

    private final InventoryItem original;
    private final ObjectProperty<InventoryKind> kind = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final List<ThemeTick> themes;
    private final ObjectProperty<ProductGroup> group = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty link = new SimpleStringProperty("");
    private final StringBinding titleError = Bindings.createStringBinding(
            () -> title.get() == null || title.get().isBlank() ? Messages.get("inventory.error.title") : "", title);
    private final StringBinding kindHint = Bindings.createStringBinding(
            () -> kind.get() == null ? "" : Messages.get(kind.get().hintKey()), kind);
    private final BooleanBinding valid = titleError.isEmpty().and(kind.isNotNull());

    /** A form for {@code item} (new when its id is 0); archived themes show only when the item has them. */
    public InventoryFormViewModel(InventoryItem item, List<Theme> allThemes, List<ProductGroup> groups) {
        original = item;
        kind.set(item.kind());
        title.set(item.title());
        description.set(item.description());
        themes = allThemes.stream().filter(t -> !t.archived() || item.themeIds().contains(t.id()))
                .map(t -> new ThemeTick(t, new SimpleBooleanProperty(item.themeIds().contains(t.id())))).toList();
        group.set(groups.stream().filter(g -> item.groupId() != null && g.id() == item.groupId()).findFirst()
                .orElse(null));
        date.set(item.date());
        link.set(item.link());
    }

    /** An empty item of kind "beleid", dated today. */
    public static InventoryItem blank(LocalDate today) {
        return new InventoryItem(0, InventoryKind.BELEID, "", "", List.of(), null, today, "", null);
    }

    /** The item, when the form is valid. */
    public Optional<InventoryItem> result() {
        if (!valid.get()) {
            return Optional.empty();
        }
        List<Long> ticked = themes.stream().filter(t -> t.ticked().get()).map(t -> t.theme().id()).toList();
        return Optional.of(new InventoryItem(original.id(), kind.get(), title.get().strip(),
                description.get() == null ? "" : description.get().strip(), ticked,
                group.get() == null ? null : group.get().id(), date.get(),
                link.get() == null ? "" : link.get().strip(), original.contractId()));
    }

    public boolean isNew() { return original.id() == 0; }
    public ObjectProperty<InventoryKind> kindProperty() { return kind; }
    public StringProperty titleProperty() { return title; }
    public StringProperty descriptionProperty() { return description; }
    public List<ThemeTick> themes() { return themes; }
    public ObjectProperty<ProductGroup> groupProperty() { return group; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty linkProperty() { return link; }
    public StringBinding titleError() { return titleError; }
    public StringBinding kindHint() { return kindHint; }
    public BooleanBinding valid() { return valid; }
}
