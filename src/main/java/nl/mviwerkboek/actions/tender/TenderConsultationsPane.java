package nl.mviwerkboek.actions.tender;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Fields;

/** The market consultations of the chosen tender, with a row to add one. */
final class TenderConsultationsPane extends VBox {

    TenderConsultationsPane(TendersViewModel vm) {
        super(6);
        TableView<MarketConsultation> table = Controls.table("tender-consultations", vm.consultations(), 130,
                "tender.consultations.empty");
        nl.mviwerkboek.shared.ui.Accessible.name(table, "a11y.tender.consultations");
        table.getColumns().add(Controls.dateColumn("tender.col.date", MarketConsultation::date));
        table.getColumns().add(Controls.column("tender.col.form", m -> m.form().label(), 110));
        table.getColumns().add(Controls.wrappingColumn("tender.col.parties", MarketConsultation::parties, 170));
        table.getColumns().add(Controls.wrappingColumn("tender.col.learned", MarketConsultation::learned, 220));
        table.getColumns().add(Controls.wrappingColumn("tender.col.changed", MarketConsultation::changed, 200));
        ConsultationEntry f = vm.consultationForm();
        TextField parties = Fields.text("tender-consultation-parties", f.partiesProperty(),
                Messages.get("tender.consultation.partiesPrompt"));
        TextField learned = Fields.text("tender-consultation-learned", f.learnedProperty(),
                Messages.get("tender.consultation.learnedPrompt"));
        TextField changed = Fields.text("tender-consultation-changed", f.changedProperty(),
                Messages.get("tender.consultation.changedPrompt"));
        changed.setOnAction(e -> vm.addConsultation());
        for (TextField t : new TextField[] {parties, learned, changed}) {
            HBox.setHgrow(t, Priority.ALWAYS);
        }
        Button add = Controls.button("tender-consultation-add", "support.add", "mdi2p-plus");
        add.setOnAction(e -> vm.addConsultation());
        Button delete = Controls.button("tender-consultation-delete", "button.delete", "mdi2d-delete-outline");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem()));
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        delete.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var date = Fields.date("tender-consultation-date", f.dateProperty());
        var form = Fields.choice("tender-consultation-form", f.formProperty(), ConsultationForm.values());
        String[] names = {"tender.col.date", "tender.col.form", "tender.col.parties", "tender.col.learned",
            "tender.col.changed"};
        javafx.scene.Node[] inputs = {date, form, parties, learned, changed};
        for (int i = 0; i < inputs.length; i++) {
            nl.mviwerkboek.shared.ui.Accessible.nameAs(inputs[i], Messages.get(names[i]));
        }
        nl.mviwerkboek.shared.ui.TableKeys.wireInline(table, date, delete);
        getChildren().addAll(table, new HBox(6, Fields.checked(date), form, parties),
                new HBox(6, learned, changed, add, delete));
    }
}
