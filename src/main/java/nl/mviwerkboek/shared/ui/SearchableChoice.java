package nl.mviwerkboek.shared.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.layout.HBox;
import nl.mviwerkboek.shared.i18n.DutchOrder;
import nl.mviwerkboek.shared.i18n.Messages;
import org.controlsfx.control.SearchableComboBox;

/**
 * A choice from a long list (the plan's ~45 product groups): sorted alphabetically by the text it shows, and
 * searchable: typing a few letters opens the list narrowed to the entries holding them, Enter takes the first.
 */
public final class SearchableChoice {

    private SearchableChoice() {
    }

    /** A searchable combo box over {@code items} (followed as they change) sorted by {@code text}, bound to {@code value}. */
    public static <T> SearchableComboBox<T> of(String id, Property<T> value, List<T> items, Function<T, String> text) {
        SearchableComboBox<T> box = new SearchableComboBox<>(sorted(items, text));
        box.setId(id);
        box.setConverter(DisplayConverter.of(text));
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        return Fields.held(box, value);
    }

    /**
     * Like {@link Fields#optionalChoice}: the searchable box with a button (id {@code ID-clear}) that empties it,
     * the prompt saying what empty means.
     */
    public static <T> HBox optional(String id, Property<T> value, List<T> items, Function<T, String> text,
                                    String promptKey) {
        SearchableComboBox<T> box = of(id, value, items, text);
        box.setPromptText(Messages.get(promptKey));
        return Fields.withClear(id, box, value);
    }

    /** {@code items} sorted by {@code text} the Dutch way (case and accents aside); a live list stays followed. */
    public static <T> ObservableList<T> sorted(List<T> items, Function<T, String> text) {
        ObservableList<T> source = items instanceof ObservableList<T> live ? live
                : FXCollections.observableArrayList(items);
        return new SortedList<>(source, DutchOrder.by(text));
    }
}
