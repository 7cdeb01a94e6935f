package nl.mviwerkboek.focus;

import java.util.Comparator;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.mviwerkboek.spend.groups.ProductGroup;

/** The form of one theme's focus: chosen, ambition level, rationale and a tick per product group. */
public final class FocusThemeFormViewModel {

    /** A product group the focus can apply to, ticked or not. */
    public record GroupTick(ProductGroup group, BooleanProperty ticked) {
    }

    private final FocusTheme original;
    private final BooleanProperty chosen = new SimpleBooleanProperty();
    private final ObjectProperty<AmbitionLevel> ambition = new SimpleObjectProperty<>();
    private final StringProperty rationale = new SimpleStringProperty("");
    private final List<GroupTick> groups;

    /** A form for {@code f}; the spend analysis's focus groups come first, archived groups only when ticked. */
    public FocusThemeFormViewModel(FocusTheme f, List<ProductGroup> allGroups) {
        original = f;
        chosen.set(f.chosen());
        ambition.set(f.ambition());
        rationale.set(f.rationale());
        groups = allGroups.stream().filter(g -> !g.archived() || f.groupIds().contains(g.id()))
                .sorted(Comparator.comparing((ProductGroup g) -> !g.focus()).thenComparing(ProductGroup::position))
                .map(g -> new GroupTick(g, new SimpleBooleanProperty(f.groupIds().contains(g.id())))).toList();
    }

    /** The focus as the form now says. */
    public FocusTheme result() {
        return new FocusTheme(original.theme(), chosen.get(),
                ambition.get() == null ? AmbitionLevel.BASIS : ambition.get(),
                rationale.get() == null ? "" : rationale.get().strip(),
                groups.stream().filter(t -> t.ticked().get()).map(t -> t.group().id()).toList());
    }

    public String themeName() { return original.theme().name(); }
    public BooleanProperty chosenProperty() { return chosen; }
    public ObjectProperty<AmbitionLevel> ambitionProperty() { return ambition; }
    public StringProperty rationaleProperty() { return rationale; }
    public List<GroupTick> groups() { return groups; }
}
