package nl.mviwerkboek.actions.tender;

import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.Headings;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The tenders tab of Acties: the tender actions on the left; on the right, for the chosen tender, the MVI
 * criteria, the market consultations, what the market offered after award, and the effects.
 */
public final class TendersView extends HBox {

    /** PIANOo's MVI-criteriatool: the app links to it and never copies its texts. */
    public static final String CRITERIA_TOOL = "https://www.mvicriteria.nl";

    public TendersView(TendersViewModel vm, java.util.function.Consumer<String> openLink) {
        super(16);
        setId("tenders-view");
        ListView<Action> list = new ListView<>(vm.tenders());
        nl.mviwerkboek.shared.ui.Accessible.name(list, "a11y.tender.list");
        list.setId("tender-list");
        list.setPrefWidth(300);
        list.setMinWidth(240);
        list.setPlaceholder(new Label(Messages.get("tender.list.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Action a, boolean empty) {
                super.updateItem(a, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || a == null ? null : (a.due() == null ? "" : Formats.date(a.due()) + " · ") + a.title());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, old, now) -> {
            list.getSelectionModel().select(now);
            list.scrollTo(now);
        });
        Label title = new Label();
        title.setId("tender-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? Messages.get("tender.choose") : vm.selectedProperty().get().title(), vm.selectedProperty()));
        Hyperlink tool = new Hyperlink(Messages.get("tender.criteriaTool"), new FontIcon("mdi2o-open-in-new"));
        tool.setId("tender-criteria-tool");
        tool.setOnAction(e -> openLink.accept(CRITERIA_TOOL));
        VBox details = new VBox(10, title, Controls.hint("tender.intro"), Headings.section("tender.criteria"), tool,
                new TenderCriteriaPane(vm), Headings.section("tender.consultations"), new TenderConsultationsPane(vm),
                Headings.section("tender.outcome"), outcome(vm), Headings.section("tender.effects"),
                new EffectsPane("tender", new EffectsPane.Wiring(vm.effects(), vm.effectForm(), vm.goals(), vm::goalName,
                        vm::addEffect, vm::delete), null, null));
        details.disableProperty().bind(vm.selectedProperty().isNull());
        details.setPadding(new Insets(0, 0, 0, 4));
        HBox.setHgrow(details, Priority.ALWAYS);
        getChildren().addAll(list, details);
    }

    private static HBox outcome(TendersViewModel vm) {
        TextArea offered = Fields.textArea("tender-offered", vm.offeredProperty(), 3);
        offered.setPromptText(Messages.get("tender.offered.prompt"));
        TextArea expected = Fields.textArea("tender-expected", vm.expectedProperty(), 3);
        expected.setPromptText(Messages.get("tender.expected.prompt"));
        for (TextArea area : new TextArea[] {offered, expected}) {
            HBox.setHgrow(area, Priority.ALWAYS);
        }
        Label offeredLabel = new Label(Messages.get("tender.offered"));
        Label expectedLabel = new Label(Messages.get("tender.expected"));
        nl.mviwerkboek.shared.ui.Accessible.labelled(offeredLabel, offered);
        nl.mviwerkboek.shared.ui.Accessible.labelled(expectedLabel, expected);
        return new HBox(10, new VBox(4, offeredLabel, offered), new VBox(4, expectedLabel, expected));
    }
}
