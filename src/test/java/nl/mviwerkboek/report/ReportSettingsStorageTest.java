package nl.mviwerkboek.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportSettingsStorageTest {

    @TempDir
    Path dir;

    @Test
    void aNewPlanIsAConceptWithEverySectionInFull() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            ReportState state = new ReportService(db, LocalDate::now).state().join();
            assertEquals(ReportSettings.defaults(), state.settings());
            assertEquals("Testgemeente", state.organisation());
            assertEquals(null, state.latestVersion());
        }
    }

    @Test
    void settingsSurviveReopeningTheFileAndKeepWhichSectionsAreLeftOut() throws Exception {
        Path file;
        ReportSettings adopted = new ReportSettings(PlanStatus.VASTGESTELD, LocalDate.of(2026, 3, 12), "de gemeenteraad",
                "1.1", ReportDetail.BEKNOPT, EnumSet.complementOf(EnumSet.of(ReportSection.SPEND,
                ReportSection.BIJLAGE_METHODE)), "Onze eigen inleiding.\nTweede alinea.");
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            file = db.file();
            assertEquals(adopted, new ReportService(db, LocalDate::now).save(adopted).join().settings());
        }
        try (PlanDatabase db = TestPlans.files(dir).open(file)) {
            ReportSettings read = db.read(new ReportSettingsStorage()::load).join();
            assertEquals(adopted, read);
            assertTrue(!read.includes(ReportSection.SPEND) && read.includes(ReportSection.ACTIES));
            assertEquals("spend,bijlage_methode,+bijlage_signalen", db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT left_out FROM report_setting")) {
                    rs.next();
                    return rs.getString(1);
                }
            }).join(), "sections are stored as left out, so sections added later are in by default; the opt-in "
                    + "internal appendix is stored with a + when chosen");
        }
    }

    @Test
    void theInternalAppendixIsLeftOutUnlessChosen() throws Exception {
        assertTrue(!ReportSettings.defaults().includes(ReportSection.BIJLAGE_SIGNALEN));
        try (PlanDatabase db = TestPlans.create(dir, "nieuw.mviplan")) {
            ReportService service = new ReportService(db, LocalDate::now);
            ReportSettings leftOut = new ReportSettings(PlanStatus.CONCEPT, null, "", "1", ReportDetail.VOLLEDIG,
                    EnumSet.of(ReportSection.SPEND), "");
            service.save(leftOut).join();
            ReportSettings read = db.read(new ReportSettingsStorage()::load).join();
            assertEquals(EnumSet.of(ReportSection.SPEND), read.sections(), "every other section stays left out");
        }
    }
}
