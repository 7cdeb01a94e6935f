package nl.mviwerkboek.spend.analysis;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;

/** The local and MKB share, with the settings that say which places and postcodes are local. */
final class LocalShareSection extends VBox {

    LocalShareSection(SpendingViewModel vm) {
        super(10);
        Label share = new Label();
        share.setId("spending-local");
        share.setWrapText(true);
        share.textProperty().bind(vm.localTextProperty());
        FormGrid form = new FormGrid();
        form.add("analysis.local.places", Fields.text("local-places", vm.localPlacesProperty(),
                nl.mviwerkboek.shared.i18n.Messages.get("analysis.local.placesPrompt")), null);
        form.add("analysis.local.postcodes", Fields.text("local-postcodes", vm.localPostcodesProperty(),
                nl.mviwerkboek.shared.i18n.Messages.get("analysis.local.postcodesPrompt")),
                vm.postcodesErrorProperty());
        Button save = Controls.button("local-save", "analysis.local.save", "mdi2c-content-save-outline");
        save.setOnAction(e -> vm.saveLocal());
        getChildren().addAll(share, form, save);
    }
}
