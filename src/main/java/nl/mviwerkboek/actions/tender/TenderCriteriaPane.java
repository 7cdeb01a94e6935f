package nl.mviwerkboek.actions.tender;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.focus.AmbitionLevel;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Fields;

/** The criteria of the chosen tender, with a row to add one and a button to remove the selected one. */
final class TenderCriteriaPane extends VBox {

    TenderCriteriaPane(TendersViewModel vm) {
        super(6);
        TableView<TenderCriterion> table = Controls.table("tender-criteria", vm.criteria(), 150, "tender.criteria.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.tender.criteria");
        table.getColumns().add(Controls.wrappingColumn("tender.col.type", k -> k.type().label(), 175));
        table.getColumns().add(Controls.wrappingColumn("tender.col.theme", k -> vm.themeName(k.themeId()), 130));
        table.getColumns().add(Controls.wrappingColumn("tender.col.ambition", k -> k.ambition() == null ? ""
                : k.ambition().label(), 120));
        table.getColumns().add(Controls.column("tender.col.number", TenderCriterion::toolNumber, 80));
        table.getColumns().add(Controls.wrappingColumn("tender.col.text", TenderCriterion::text, 320));
        CriterionForm f = vm.criterionForm();
        TextField number = Fields.text("tender-criterion-number", f.numberProperty(),
                Messages.get("tender.criterion.numberPrompt"));
        number.setPrefWidth(110);
        TextField text = Fields.text("tender-criterion-text", f.textProperty(), Messages.get("tender.criterion.textPrompt"));
        text.setOnAction(e -> vm.addCriterion());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = Controls.button("tender-criterion-add", "support.add", "mdi2p-plus");
        add.disableProperty().bind(f.textProperty().isEmpty());
        add.setOnAction(e -> vm.addCriterion());
        Button delete = Controls.button("tender-criterion-delete", "button.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        delete.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.ComboBox<CriterionType> type = Fields.choice("tender-criterion-type", f.typeProperty(),
                CriterionType.values());
        type.setMinWidth(190);
        HBox theme = Fields.optionalChoice("tender-criterion-theme", f.themeProperty(), vm.themes(), Theme::name,
                "tender.criterion.themePrompt");
        theme.setPrefWidth(230);
        theme.setMinWidth(160);
        HBox ambition = Fields.optionalChoice("tender-criterion-ambition", f.ambitionProperty(),
                List.of(AmbitionLevel.values()), AmbitionLevel::label, "tender.criterion.ambitionPrompt");
        ambition.setPrefWidth(210);
        ambition.setMinWidth(170);
        number.setMinWidth(100);
        HBox choices = new HBox(6, type, theme, ambition, number);
        nl.mviwerkboek.shared.ui.TableKeys.wireInline(table, type, delete);
        String[] names = {"tender.col.type", "tender.col.theme", "tender.col.ambition", "tender.col.number",
            "tender.col.text"};
        javafx.scene.Node[] inputs = {type, theme, ambition, number, text};
        for (int i = 0; i < inputs.length; i++) {
            nl.mviwerkboek.shared.ui.Accessible.nameAs(inputs[i], Messages.get(names[i]));
        }
        getChildren().addAll(table, choices, new HBox(6, text, add, delete));
    }
}
