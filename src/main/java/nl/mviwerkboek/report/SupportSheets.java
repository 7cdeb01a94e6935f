package nl.mviwerkboek.report;

import java.util.Arrays;
import java.util.List;
import nl.mviwerkboek.exchange.xlsx.Workbook;
import nl.mviwerkboek.exchange.xlsx.Workbook.Column;
import nl.mviwerkboek.plan.SwotQuadrant;

/** The workbook's sheets on support and communication: the SWOT, "Waarom niet?" and the successes. */
final class SupportSheets {

    private SupportSheets() {
    }

    static Workbook.Sheet swot(ReportSources s) {
        return new Workbook.Sheet(Texts.get("xlsx.sheet.swot"), List.of(
                new Column(Texts.get("xlsx.col.quadrant"), 16, PlanWorkbook.labels(SwotQuadrant.values())),
                Column.of(Texts.get("xlsx.col.point"), 80)),
                s.support().swot().stream().map(i -> Arrays.<Object>asList(i.quadrant().label(), i.text())).toList());
    }

    static Workbook.Sheet objections(ReportSources s) {
        return new Workbook.Sheet(Texts.get("xlsx.sheet.objections"), List.of(
                Column.of(Texts.get("support.col.reason"), 44), Column.of(Texts.get("support.col.answer"), 80)),
                s.support().objections().stream().map(o -> Arrays.<Object>asList(o.reason(), o.answer())).toList());
    }

    static Workbook.Sheet successes(ReportSources s) {
        return new Workbook.Sheet(Texts.get("xlsx.sheet.successes"), List.of(Column.of(Texts.get("doc.col.date"), 12),
                Column.of(Texts.get("success.field.what"), 60), Column.of(Texts.get("success.field.effect"), 40),
                Column.of(Texts.get("success.field.channels"), 36), Column.of(Texts.get("success.field.note"), 40)),
                s.successes().stream().map(x -> Arrays.<Object>asList(x.date(), x.what(), x.effect(),
                        x.channels().stream().map(c -> c.label()).reduce((a, b) -> a + ", " + b).orElse(""),
                        x.sharedNote())).toList());
    }
}
