package nl.mviwerkboek.spend.analysis;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import nl.mviwerkboek.shared.i18n.Messages;
import org.controlsfx.control.SearchableComboBox;

/** The filters every analysis tab uses: year, import, product group (searchable) and cost centre. */
public final class FilterBar extends FlowPane {

    /** The bar bound to the shared analysis state. */
    public FilterBar(AnalysisViewModel vm) {
        super(12, 8);
        setId("analysis-filters");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("filter-bar");
        getChildren().addAll(box("filter-year", "filter.year", vm.years(), vm.yearProperty()),
                box("filter-import", "filter.import", vm.imports(), vm.importProperty()),
                box("filter-group", "filter.group", vm.groupChoices(), vm.groupProperty()),
                box("filter-costcentre", "filter.costCentre", vm.costCentres(), vm.costCentreProperty()));
    }

    private static <T> javafx.scene.Node box(String id, String key, ObservableList<Choice<T>> items,
                                              ObjectProperty<Choice<T>> value) {
        ComboBox<Choice<T>> combo = "filter-group".equals(id) ? new SearchableComboBox<>(items)
                : new ComboBox<>(items);
        combo.setId(id);
        combo.valueProperty().bindBidirectional(value);
        combo.setPrefWidth(switch (id) {
            case "filter-group" -> 220;
            case "filter-import" -> 190;
            case "filter-year" -> 120;
            default -> 200; // "Alle kostenplaatsen" whole
        });
        Label label = new Label(Messages.get(key));
        nl.mviwerkboek.shared.ui.Accessible.labelled(label, combo);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, label, combo);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
