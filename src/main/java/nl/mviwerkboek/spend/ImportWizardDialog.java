package nl.mviwerkboek.spend;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import java.nio.file.Path;
import java.util.List;
import nl.mviwerkboek.exchange.CsvFormat;
import nl.mviwerkboek.exchange.SheetInfo;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.DialogButtons;
import nl.mviwerkboek.shared.ui.DialogWindows;
import nl.mviwerkboek.shared.ui.DisplayConverter;
import nl.mviwerkboek.shared.ui.Headings;
import nl.mviwerkboek.spend.parse.SpendField;

/** The import wizard: sheet and header row, a column per field, an optional year, and the live preview. */
final class ImportWizardDialog extends Dialog<Boolean> {

    /** What the wizard asks the flow to do when the user changes the sheet or header row. */
    interface Reanalyse {
        void sheet(int sheetIndex);

        void headerRow(int headerIndex);

        void csvFormat(CsvFormat format);
    }

    /** The wizard for {@code file}; until {@code vm} has its analysis it says the file is being read (ADR 0031). */
    ImportWizardDialog(Window owner, Path file, ImportWizardViewModel vm, Reanalyse reanalyse) {
        initOwner(owner);
        setTitle(Messages.get("spend.wizard.title"));
        setHeaderText(Messages.get("spend.wizard.header", file.getFileName()));
        setResizable(true);
        boolean reading = vm.analysisProperty().get() == null;
        getDialogPane().setId(reading ? WizardLoadingPane.ID : "import-wizard");
        getDialogPane().setContent(reading ? new WizardLoadingPane(file) : content(vm, reanalyse));
        vm.analysisProperty().addListener((o, old, now) -> {
            if (old == null) {
                getDialogPane().setContent(content(vm, reanalyse));
                getDialogPane().setId("import-wizard");
                DialogWindows.formReplaced(this);
            } else if (old.sheetIndex() != now.sheetIndex() || old.headerIndex() != now.headerIndex()
                    || !old.csvFormat().equals(now.csvFormat())) {
                getDialogPane().setContent(content(vm, reanalyse));
            }
        });
        getDialogPane().setPrefSize(1100, 780);
        getDialogPane().setMinSize(980, 700);
        ButtonType run = DialogButtons.confirmAndCancel(this, "spend.wizard.run", "wizard-import", "wizard-cancel",
                vm.ready());
        setResultConverter(b -> b == run);
    }

    private static VBox content(ImportWizardViewModel vm, Reanalyse reanalyse) {
        VBox content = new VBox(12, source(vm, reanalyse), Headings.section("spend.wizard.mapping"), mapping(vm),
                warnings(vm), Headings.section("spend.wizard.preview"), new PreviewTable(vm.preview()));
        content.setPadding(new Insets(4, 0, 0, 0));
        return content;
    }

    private static VBox source(ImportWizardViewModel vm, Reanalyse reanalyse) {
        ImportAnalysis a = vm.analysisProperty().get();
        Label kind = new Label(Messages.get("spend.wizard.kind", a.description().replaceFirst(" \\(.*", "")));
        kind.setId("wizard-kind");
        ComboBox<SheetInfo> sheet = new ComboBox<>(FXCollections.observableArrayList(a.sheets()));
        sheet.setId("wizard-sheet");
        sheet.setButtonCell(sheetCell());
        sheet.setCellFactory(l -> sheetCell());
        sheet.getSelectionModel().select(a.sheetIndex());
        sheet.setDisable(a.sheets().size() < 2);
        sheet.setOnAction(e -> reanalyse.sheet(sheet.getValue().index()));
        ComboBox<Integer> header = new ComboBox<>();
        header.setId("wizard-header-row");
        for (int i = 0; i < Math.min(40, a.rows().size()); i++) {
            header.getItems().add(i);
        }
        header.setConverter(DisplayConverter.of(i -> Messages.get("spend.wizard.row", a.rowNumbers().get(i),
                String.join(" | ", a.rows().get(i).stream().map(c -> c.text()).filter(t -> !t.isBlank())
                        .limit(4).toList()))));
        header.getSelectionModel().select(a.headerIndex());
        header.setOnAction(e -> reanalyse.headerRow(header.getValue()));
        header.setPrefWidth(620);
        Label sheetLabel = new Label(Messages.get("spend.wizard.sheet"));
        Label headerLabel = new Label(Messages.get("spend.wizard.headerRow"));
        nl.mviwerkboek.shared.ui.Accessible.labelled(sheetLabel, sheet);
        nl.mviwerkboek.shared.ui.Accessible.labelled(headerLabel, header);
        HBox file = new HBox(12, kind);
        if (a.csvFormat().isPresent()) {
            file.getChildren().addAll(csvControls(a.csvFormat().get(), reanalyse));
        } else {
            file.getChildren().addAll(sheetLabel, sheet);
        }
        HBox headerRow = new HBox(12, headerLabel, header);
        for (HBox box : List.of(file, headerRow)) {
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getChildren().stream().filter(n -> n instanceof Label)
                    .forEach(l -> ((Label) l).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        }
        return new VBox(8, file, headerRow);
    }

    /** Encoding and delimiter of a CSV file: detected, and changeable when the detection is wrong. */
    private static List<javafx.scene.Node> csvControls(CsvFormat format, Reanalyse reanalyse) {
        ComboBox<java.nio.charset.Charset> encoding = new ComboBox<>(FXCollections.observableArrayList(
                java.nio.charset.StandardCharsets.UTF_8, CsvFormat.WINDOWS_1252, java.nio.charset.StandardCharsets.UTF_16LE,
                java.nio.charset.StandardCharsets.UTF_16BE));
        encoding.setId("wizard-encoding");
        encoding.setValue(format.charset());
        ComboBox<Character> delimiter = new ComboBox<>(FXCollections.observableArrayList(';', ',', '\t', '|'));
        delimiter.setId("wizard-delimiter");
        delimiter.setConverter(DisplayConverter.of(c -> c == '\t' ? Messages.get("spend.wizard.tab") : "  " + c + "  "));
        delimiter.setValue(format.delimiter());
        Runnable apply = () -> reanalyse.csvFormat(new CsvFormat(encoding.getValue(), format.bom(), delimiter.getValue()));
        encoding.setOnAction(e -> apply.run());
        delimiter.setOnAction(e -> apply.run());
        Label encodingLabel = new Label(Messages.get("spend.wizard.encoding"));
        Label delimiterLabel = new Label(Messages.get("spend.wizard.delimiter"));
        nl.mviwerkboek.shared.ui.Accessible.labelled(encodingLabel, encoding);
        nl.mviwerkboek.shared.ui.Accessible.labelled(delimiterLabel, delimiter);
        return List.of(encodingLabel, encoding, delimiterLabel, delimiter);
    }

    private static ListCell<SheetInfo> sheetCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(SheetInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.name());
            }
        };
    }

    private static GridPane mapping(ImportWizardViewModel vm) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ObservableList<Integer> options = FXCollections.observableArrayList();
        options.add(null);
        for (int i = 0; i < vm.columnNames().size(); i++) {
            options.add(i);
        }
        int i = 0;
        for (SpendField field : SpendField.values()) {
            Label label = new Label(field.label() + (field.required() || field == SpendField.DATE ? " *" : ""));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ComboBox<Integer> column = new ComboBox<>(options);
            column.setId("map-" + field.code());
            column.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Integer c) {
                    return c == null ? Messages.get("spend.wizard.notUsed") : vm.columnNames().get(c);
                }

                @Override
                public Integer fromString(String s) {
                    return null;
                }
            });
            column.valueProperty().bindBidirectional(vm.columnProperty(field));
            column.setPrefWidth(300);
            nl.mviwerkboek.shared.ui.Accessible.labelled(label, column);
            grid.add(label, (i % 2) * 2, i / 2);
            grid.add(column, (i % 2) * 2 + 1, i / 2);
            i++;
        }
        Label yearLabel = new Label(Messages.get("spend.wizard.year"));
        yearLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        TextField year = new TextField();
        year.setId("wizard-year");
        year.setPromptText("2025");
        year.setPrefColumnCount(6);
        year.textProperty().bindBidirectional(vm.yearProperty());
        nl.mviwerkboek.shared.ui.Fields.held(year, vm.yearProperty());
        nl.mviwerkboek.shared.ui.Accessible.labelled(yearLabel, year);
        grid.add(yearLabel, (i % 2) * 2, i / 2);
        grid.add(year, (i % 2) * 2 + 1, i / 2);
        return grid;
    }

    private static VBox warnings(ImportWizardViewModel vm) {
        return new VBox(4,
                Controls.notice("wizard-missing", "field-error", "mdi2a-alert-circle-outline", vm.missing()),
                Controls.notice("wizard-earlier", "advice", "mdi2c-content-duplicate", vm.earlierImportProperty()));
    }
}
