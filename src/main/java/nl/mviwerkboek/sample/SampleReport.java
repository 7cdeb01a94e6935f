package nl.mviwerkboek.sample;

import java.sql.Connection;
import java.sql.SQLException;
import nl.mviwerkboek.report.PlanStatus;
import nl.mviwerkboek.report.ReportDetail;
import nl.mviwerkboek.report.ReportSection;
import nl.mviwerkboek.report.ReportSettings;
import nl.mviwerkboek.report.ReportSettingsStorage;

/** Writes the sample's {@code [rapport]} section: the plan's status, adoption and version on the documents. */
final class SampleReport {

    private SampleReport() {
    }

    static void apply(Connection c, SampleDescription sample) throws SQLException {
        if (sample.all("rapport").isEmpty()) {
            return;
        }
        SampleDescription.Section s = sample.one("rapport");
        PlanStatus status = PlanStatus.fromCode(s.required("status"));
        new ReportSettingsStorage().save(c, new ReportSettings(status,
                status == PlanStatus.VASTGESTELD ? s.requiredDate("vastgesteld op") : null,
                s.value("vastgesteld door").orElse(""), s.value("versie").orElse(""),
                ReportDetail.fromCode(s.value("detail").orElse("volledig")), ReportSection.byDefault(),
                s.value("inleiding").orElse("")));
    }
}
