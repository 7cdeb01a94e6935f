package nl.mviwerkboek.spend;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.parse.SpendField;

/**
 * State of the import wizard: the analysis, a column per field, an optional year, and a preview of
 * the first rows made by the same {@link LineReader} the import uses.
 */
public final class ImportWizardViewModel {

    /** How many rows the preview shows. */
    public static final int PREVIEW_ROWS = 25;

    private final ReadOnlyObjectWrapper<ImportAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private final Map<SpendField, ObjectProperty<Integer>> columns = new EnumMap<>(SpendField.class);
    private final ObservableList<String> columnNames = FXCollections.observableArrayList();
    private final StringProperty year = new SimpleStringProperty("");
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    private final StringProperty earlierImport = new SimpleStringProperty("");
    private final StringBinding missing;
    private final BooleanBinding ready;
    private boolean filling;

    /** A wizard for an analysed file. */
    public ImportWizardViewModel(ImportAnalysis first) {
        this();
        show(first);
    }

    /** A wizard whose file is still being analysed: empty and not ready until {@link #show} gives the analysis. */
    public ImportWizardViewModel() {
        for (SpendField field : SpendField.values()) {
            ObjectProperty<Integer> column = new SimpleObjectProperty<>();
            column.addListener((o, old, now) -> onMappingEdited(field, now));
            columns.put(field, column);
        }
        year.addListener((o, old, now) -> refreshPreview());
        List<javafx.beans.Observable> deps = new ArrayList<>(columns.values());
        deps.add(year);
        deps.add(analysis);
        missing = Bindings.createStringBinding(this::missingText, deps.toArray(javafx.beans.Observable[]::new));
        ready = Bindings.createBooleanBinding(() -> analysis.get() != null && missing.get().isEmpty(), missing,
                analysis);
    }

    /** Shows a (new) analysis: another sheet, header row or file. */
    public void show(ImportAnalysis next) {
        filling = true;
        List<String> names = new ArrayList<>();
        List<String> header = next.header();
        for (int i = 0; i < header.size(); i++) {
            names.add(Messages.get("spend.wizard.column", i + 1, header.get(i).isBlank() ? "—" : header.get(i)));
        }
        columnNames.setAll(names);
        columns.forEach((field, column) -> column.set(next.mapping().column(field).orElse(null)));
        analysis.set(next); // last: who follows it finds the columns of this analysis
        filling = false;
        refreshPreview();
    }

    private void onMappingEdited(SpendField field, Integer column) {
        if (filling) {
            return;
        }
        ColumnMapping mapping = analysis.get().mapping().with(field, column);
        filling = true;
        columns.forEach((f, c) -> c.set(mapping.column(f).orElse(null))); // a column serves one field only
        filling = false;
        analysis.set(analysis.get().withMapping(mapping));
        refreshPreview();
    }

    private void refreshPreview() {
        ImportAnalysis a = analysis.get();
        if (a == null) {
            return;
        }
        LineReader reader = new LineReader(a.header(), a.mapping(), a.styles(), fixedYear().orElse(null));
        List<PreviewRow> rows = new ArrayList<>();
        List<Long> numbers = a.dataRowNumbers();
        for (int i = 0; i < Math.min(PREVIEW_ROWS, numbers.size()); i++) {
            rows.add(row(reader, a.dataRows().get(i), numbers.get(i)));
        }
        preview.setAll(rows);
    }

    private static PreviewRow row(LineReader reader, List<nl.mviwerkboek.exchange.SheetCell> cells, long number) {
        LineReader.Result r = reader.read(number, cells);
        String remark = r.problem() == null ? "" : r.problem().reason().label();
        if (!r.imported()) {
            return new PreviewRow(Formats.number(number), reader.rawText(cells, SpendField.SUPPLIER),
                    reader.rawText(cells, SpendField.DATE), reader.rawText(cells, SpendField.AMOUNT),
                    reader.rawText(cells, SpendField.LEDGER_CODE), reader.rawText(cells, SpendField.COST_CENTRE),
                    reader.rawText(cells, SpendField.DESCRIPTION), remark, true, r.field());
        }
        ParsedLine l = r.line();
        return new PreviewRow(Formats.number(number), l.supplierName(),
                l.date() == null ? String.valueOf(l.year()) : Formats.date(l.date()), Formats.amount(l.amountCents()),
                nullToEmpty(l.ledgerCode()), nullToEmpty(l.costCentre()), nullToEmpty(l.description()), remark, false,
                r.field());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The year typed for rows without a date, when it is a valid year. */
    public Optional<Integer> fixedYear() {
        return Formats.readYear(year.get()).optional();
    }

    private String missingText() {
        if (analysis.get() == null) {
            return "";
        }
        if (!Formats.readYear(year.get()).ok()) {
            return Messages.get("spend.wizard.badYear");
        }
        List<SpendField> gaps = analysis.get().mapping().missing(fixedYear().isPresent());
        if (gaps.isEmpty()) {
            return "";
        }
        String names = String.join(", ", gaps.stream().map(SpendField::label).toList());
        return Messages.get(gaps.contains(SpendField.DATE) ? "spend.wizard.missingWithDate" : "spend.wizard.missing",
                names);
    }

    public ReadOnlyObjectProperty<ImportAnalysis> analysisProperty() { return analysis.getReadOnlyProperty(); }
    public ObjectProperty<Integer> columnProperty(SpendField field) { return columns.get(field); }
    public ObservableList<String> columnNames() { return columnNames; }
    public StringProperty yearProperty() { return year; }
    public ObservableList<PreviewRow> preview() { return preview; }
    public StringProperty earlierImportProperty() { return earlierImport; }
    public StringBinding missing() { return missing; }
    public BooleanBinding ready() { return ready; }
}
