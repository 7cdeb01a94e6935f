package nl.mviwerkboek.report;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.ChapterTabs;
import nl.mviwerkboek.shared.ui.Controls;
import nl.mviwerkboek.shared.ui.Dialogs;
import nl.mviwerkboek.shared.ui.Fields;
import nl.mviwerkboek.shared.ui.FormGrid;
import nl.mviwerkboek.shared.ui.Headings;

/**
 * Chapter "Rapport": the plan's status for the documents, the Word action plan with its sections and level
 * of detail, the Excel workbook and the yearly progress report; each made in the background, then offered
 * to open.
 */
public final class ReportView extends VBox {

    private final ReportViewModel vm;
    private final Dialogs dialogs;

    private ReportView(ReportViewModel vm, Dialogs dialogs) {
        super(12);
        this.vm = vm;
        this.dialogs = dialogs;
        setId("report-view");
        setMaxWidth(900);
        getChildren().addAll(Controls.hint("report.intro"), Headings.section("report.status.section"), statusForm(),
                Headings.section("report.plan.section"), Controls.hint("report.plan.hint"), planForm(),
                Headings.section("report.workbook.section"), Controls.hint("report.workbook.hint"),
                exportButton("report-export-workbook", "report.workbook.action", "mdi2f-file-excel-outline",
                        ExportKind.WORKBOOK_XLSX),
                Headings.section("report.progress.section"), progressBasis(),
                exportButton("report-export-progress", "report.progress.action", "mdi2f-file-chart-outline",
                        ExportKind.PROGRESS_DOCX));
    }

    /** The chapter page. */
    public static VBox create(ReportViewModel vm, Dialogs dialogs) {
        return ChapterTabs.page("report-chapter", Chapter.RAPPORT, ChapterTabs.pane("report-tabs",
                ChapterTabs.tab("tab-report", "report.tab", new ReportView(vm, dialogs))));
    }

    private FormGrid statusForm() {
        FormGrid form = new FormGrid();
        form.addRow(Messages.get("report.field.status"), Fields.choice("report-status", vm.statusProperty(),
                PlanStatus.values()));
        DatePicker adoptedOn = Fields.date("report-adopted-on", vm.adoptedOnProperty());
        adoptedOn.disableProperty().bind(vm.adoptedBinding().not());
        form.addRow(Messages.get("report.field.adoptedOn"), adoptedOn);
        TextField adoptedBy = Fields.text("report-adopted-by", vm.adoptedByProperty(),
                Messages.get("report.field.adoptedBy.prompt"));
        adoptedBy.disableProperty().bind(vm.adoptedBinding().not());
        form.addRow(Messages.get("report.field.adoptedBy"), adoptedBy);
        form.addRow(Messages.get("report.field.version"), Fields.text("report-version", vm.versionLabelProperty()));
        return form;
    }

    private VBox planForm() {
        FormGrid form = new FormGrid();
        form.addRow(Messages.get("report.field.detail"), Fields.choice("report-detail", vm.detailProperty(),
                ReportDetail.values()));
        VBox chapters = new VBox(6);
        VBox appendices = new VBox(6);
        for (ReportSection s : ReportSection.values()) {
            CheckBox box = new CheckBox(s.label());
            box.setId("report-section-" + s.code());
            box.selectedProperty().bindBidirectional(vm.sectionProperty(s));
            (s.appendix() ? appendices : chapters).getChildren().add(box);
        }
        HBox columns = new HBox(40, chapters, appendices);
        columns.setPadding(new Insets(0, 0, 0, 4));
        Label intro = new Label(Messages.get("report.field.introduction"));
        TextArea text = Fields.textArea("report-introduction", vm.introductionProperty(), 4);
        nl.mviwerkboek.shared.ui.Accessible.labelled(intro, text);
        text.setPromptText(Messages.get("report.field.introduction.prompt"));
        return new VBox(10, form, new Label(Messages.get("report.field.sections")), columns, intro, text,
                exportButton("report-export-plan", "report.plan.action", "mdi2f-file-word-outline", ExportKind.PLAN_DOCX));
    }

    private Label progressBasis() {
        Label basis = new Label();
        basis.setId("report-progress-basis");
        basis.setWrapText(true);
        basis.textProperty().bind(vm.progressBasisProperty());
        return basis;
    }

    private HBox exportButton(String id, String key, String icon, ExportKind kind) {
        Button button = Controls.button(id, key, icon);
        button.getStyleClass().add("accent");
        button.disableProperty().bind(vm.busyProperty());
        button.setOnAction(e -> export(kind));
        return new HBox(button);
    }

    private void export(ExportKind kind) {
        dialogs.chooseSaveDocument(Messages.get("report.save.title", kind.label()), vm.suggestedName(kind),
                kind.extension()).map(kind::target).ifPresent(target -> vm.export(kind, target).thenAccept(this::offerToOpen));
    }

    private void offerToOpen(Path file) {
        if (dialogs.confirm(Messages.get("report.done.title"), Messages.get("report.done", file.getFileName(),
                file.toAbsolutePath().getParent()), Messages.get("report.done.open"), Messages.get("button.close"))) {
            dialogs.openFile(file);
        }
    }
}
