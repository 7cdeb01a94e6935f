package nl.mviwerkboek.shared.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column of a table at least as wide as its header's text (up to a bound), in the font the header
 * is shown in, so that a header is not cut ("Overgesla…"); a table too narrow for its columns scrolls sideways.
 */
public final class TableHeaders {

    /** Room beside the text for the header's sort arrow. */
    private static final double SORT_ARROW = 14;
    /** A header longer than this ("Contract / productgroep") may still be shortened rather than widen its table. */
    private static final double AT_MOST = 160;

    private TableHeaders() {
    }

    /** Fits the columns' minimum widths to their headers now and whenever the columns, skin or width change. */
    public static <T extends TableView<?>> T fit(T table) {
        boolean[] queued = {false};
        InvalidationListener refit = o -> {
            if (!queued[0]) {
                queued[0] = true;
                Platform.runLater(() -> {
                    queued[0] = false;
                    refit(table);
                });
            }
        };
        table.skinProperty().addListener(refit);
        table.getColumns().addListener(refit);
        table.widthProperty().addListener(refit);
        table.styleProperty().addListener(refit);
        return table;
    }

    private static void refit(TableView<?> table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.getTableColumn().getColumns().isEmpty()
                    && header.lookup(".label") instanceof Label label && label.getText() != null) {
                double need = Math.min(AT_MOST, Math.ceil(label.prefWidth(-1) + header.snappedLeftInset()
                        + header.snappedRightInset() + SORT_ARROW));
                if (header.getTableColumn().getMinWidth() < need) {
                    header.getTableColumn().setMinWidth(need);
                }
            }
        }
    }
}
