package nl.mviwerkboek.shared.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

/** Helpers for the lists view-models show: replace content only when it changed, so selections stay. */
public final class ObservableLists {

    private ObservableLists() {
    }

    /** Puts {@code content} in {@code list} unless it holds exactly that already (a reload of the same data). */
    public static <T> void update(ObservableList<T> list, List<? extends T> content) {
        if (!list.equals(content)) {
            list.setAll(content);
        }
    }

    /**
     * Updates {@code list} like {@link #update} and keeps {@code selected} on the item with the same
     * key (its id) in the new content, or clears it when that item is gone; true when it was found.
     */
    public static <T> boolean updateKeepingSelection(ObservableList<T> list, List<? extends T> content,
                                                     ObjectProperty<T> selected, Function<T, ?> key) {
        Object was = selected.get() == null ? null : key.apply(selected.get());
        update(list, content);
        T same = was == null ? null : list.stream().filter(t -> Objects.equals(key.apply(t), was)).findFirst()
                .orElse(null);
        selected.set(same);
        return same != null;
    }
}
