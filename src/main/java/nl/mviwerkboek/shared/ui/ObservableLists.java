package nl.mviwerkboek.shared.ui;

import java.util.List;
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
}
