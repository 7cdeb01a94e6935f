package nl.mviwerkboek.spend.groups;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.SearchableChoice;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.DialogWindows;

/** Asks for a new rule: what it looks at, the value (and upper value for a range), the group; shows what it catches. */
final class RuleDialog extends Dialog<ButtonType> {

    /** The rule the user described. */
    record NewRule(RuleKind kind, String value, String valueTo, ProductGroup group) {
    }

    private final SimpleObjectProperty<RuleKind> kind = new SimpleObjectProperty<>(RuleKind.KEYWORD);
    private final SimpleStringProperty value = new SimpleStringProperty("");
    private final SimpleStringProperty valueTo = new SimpleStringProperty("");
    private final SimpleObjectProperty<ProductGroup> group = new SimpleObjectProperty<>();
    private final ButtonType add;

    RuleDialog(Window owner, ObservableList<ProductGroup> groups, RulePreviewViewModel preview) {
        initOwner(owner);
        setTitle(Messages.get("rules.dialog.title"));
        setHeaderText(Messages.get("rules.dialog.header"));
        getDialogPane().setId("rule-dialog");
        FormGrid form = new FormGrid();
        ComboBox<RuleKind> kindBox = Fields.choice("rule-kind", kind, RuleKind.values());
        kindBox.setMaxWidth(Double.MAX_VALUE);
        form.add("rules.field.kind", kindBox, null);
        form.add("rules.field.value", Fields.text("rule-value", value), null);
        TextField to = Fields.text("rule-value-to", valueTo);
        to.disableProperty().bind(kind.isNotEqualTo(RuleKind.LEDGER_RANGE));
        form.add("rules.field.valueTo", to, null);
        var groupBox = SearchableChoice.of("rule-group", group, groups, ProductGroup::name);
        form.add("rules.field.group", groupBox, null);
        form.addHint(Messages.get("rules.dialog.hint"));
        getDialogPane().setContent(new javafx.scene.layout.VBox(14, form,
                new RulePreviewPane(preview, kind, value, valueTo)));
        BooleanBinding valid = Bindings.createBooleanBinding(() -> !value.get().isBlank() && group.get() != null
                && (kind.get() != RuleKind.LEDGER_RANGE || !valueTo.get().isBlank()), value, valueTo, group, kind);
        add = DialogButtons.confirmAndCancel(this, "button.add", "rule-save", "rule-cancel", valid);
    }

    /** Shows the dialog; the rule when the user added one. */
    Optional<NewRule> ask() {
        return DialogWindows.prepare(this).showAndWait().filter(b -> b == add).map(b -> new NewRule(kind.get(), value.get().strip(),
                valueTo.get().strip(), group.get()));
    }
}
