package nl.mviwerkboek.spend.contracts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * The mapping step of a contract register import: for each field the column it comes from (suggested
 * by name or remembered from last time), and a preview of the first rows as they will be read.
 */
public final class ContractImportViewModel {

    /** A column of the file to choose, or none. */
    public record Column(Integer index, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ContractSheet sheet;
    private final List<ProductGroup> groups;
    private final List<Column> choices = new ArrayList<>();
    private final Map<ContractField, ObjectProperty<Column>> fields = new EnumMap<>(ContractField.class);
    private final ObservableList<ContractImport.PreviewLine> preview = FXCollections.observableArrayList();
    private final BooleanBinding valid;

    /** The mapping step for an analysed file. */
    public ContractImportViewModel(ContractSheet sheet, List<ProductGroup> groups) {
        this.sheet = sheet;
        this.groups = groups;
        choices.add(new Column(null, Messages.get("contract.import.noColumn")));
        for (int i = 0; i < sheet.headers().size(); i++) {
            String h = sheet.headers().get(i);
            choices.add(new Column(i, h.isBlank() ? Messages.get("contract.import.columnNumber", i + 1) : h));
        }
        for (ContractField f : ContractField.values()) {
            Integer suggested = sheet.suggested().get(f);
            ObjectProperty<Column> p = new SimpleObjectProperty<>(choices.stream()
                    .filter(c -> java.util.Objects.equals(c.index(), suggested)).findFirst().orElse(choices.get(0)));
            p.addListener((o, old, now) -> updatePreview());
            fields.put(f, p);
        }
        ObjectProperty<Column> title = fields.get(ContractField.TITLE);
        valid = Bindings.createBooleanBinding(() -> title.get() != null && title.get().index() != null, title);
        updatePreview();
    }

    private void updatePreview() {
        preview.setAll(ContractImport.preview(sheet, columns(), groups));
    }

    /** The chosen column per mapped field. */
    public Map<ContractField, Integer> columns() {
        Map<ContractField, Integer> result = new EnumMap<>(ContractField.class);
        fields.forEach((f, p) -> {
            if (p.get() != null && p.get().index() != null) {
                result.put(f, p.get().index());
            }
        });
        return result;
    }

    public ContractSheet sheet() { return sheet; }
    public List<Column> choices() { return choices; }
    public ObjectProperty<Column> field(ContractField f) { return fields.get(f); }
    public ObservableList<ContractImport.PreviewLine> preview() { return preview; }
    public BooleanBinding valid() { return valid; }
}
