package nl.mviwerkboek.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.mviwerkboek.plan.OrganisationType;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.ProfileService;
import nl.mviwerkboek.plan.StakeholderRole;
import nl.mviwerkboek.plan.StakeholderService;
import nl.mviwerkboek.plan.ThemeSet;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplePlanTest {

    @TempDir
    Path dir;

    @Test
    void sampleIsBuiltFromTheReadableDescriptionInSampleData() throws Exception {
        String text = Files.readString(Path.of("sample-data/voorbeeldgemeente.txt"));
        SampleDescription description = SampleDescription.parse(text);
        try (PlanDatabase db = TestPlans.sample(dir, "voorbeeld.mviplan")) {
            PlanProfile p = new ProfileService(db).load().join();
            assertEquals(description.one("profiel").required("organisatie"), p.organisationName());
            assertEquals(OrganisationType.GEMEENTE, p.organisationType());
            assertEquals(34_800, p.inhabitants());
            assertEquals(2026, p.periodStart());
            assertEquals(2029, p.periodEnd());
            assertEquals(ThemeSet.MANIFEST_2022, p.themeSet());
            assertEquals(LocalDate.of(2023, 3, 14), p.manifestSignedOn());
            assertEquals(4_500_000L, p.budgetCents());
            assertEquals(16.0, p.capacityHoursPerWeek());
            assertTrue(p.sample());
            var stakeholders = new StakeholderService(db).list().join();
            assertEquals(description.all("belanghebbende").size(), stakeholders.size());
            assertTrue(stakeholders.stream().anyMatch(s -> s.role() == StakeholderRole.BUDGETHOUDER));

            var imports = new nl.mviwerkboek.spend.SpendService(db).imports().join();
            assertEquals(List.of("spend-2025-english.csv", "crediteuren-2024.csv", "crediteuren-2023.xlsx"),
                    imports.stream().map(nl.mviwerkboek.spend.ImportRecord::fileName).toList());
            for (var record : imports) {
                assertTrue(record.rowsImported() > 9_900, record.fileName() + " imports nearly all its rows");
            }
            var totals = new nl.mviwerkboek.spend.SpendService(db).totals().join();
            assertTrue(db.read(c -> {
                try (var rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM supplier WHERE name LIKE '%Eetcafé%' OR name LIKE '%Crèche%'")) {
                    return rs.getLong(1);
                }
            }).join() > 0, "accented names from the Windows-1252 export survive");
            assertEquals(java.util.Set.of(2023, 2024, 2025), totals.byYear().keySet());
            assertTrue(totals.suppliers() > 1_500 && totals.suppliers() < 1_900, "about 1,500 suppliers plus name variants");
        }
    }

    @Test
    void theSampleShowsTheWholeSpendAnalysis() throws Exception {
        try (PlanDatabase db = TestPlans.sample(dir, "analyse.mviplan")) {
            var picture = new nl.mviwerkboek.spend.analysis.AnalysisService(db)
                    .picture(nl.mviwerkboek.spend.analysis.AnalysisFilter.ALL).join();
            org.junit.jupiter.api.Assertions.assertTrue(picture.share().byAmount() > 0.95, "classified");
            org.junit.jupiter.api.Assertions.assertTrue(picture.byGroup().stream().anyMatch(t -> t.key() == null),
                    "some spend left for the worklist");
            org.junit.jupiter.api.Assertions.assertTrue(picture.local().local() > 0.2, "Voorbeeldstad is local");
            org.junit.jupiter.api.Assertions.assertTrue(picture.local().sizeKnown() > 0.1
                    && picture.local().mkb() > 0 && picture.local().mkb() < 1, "MKB share from known sizes");
            var priorities = new nl.mviwerkboek.spend.priority.PriorityService(db)
                    .picture(nl.mviwerkboek.spend.analysis.AnalysisFilter.ALL).join();
            org.junit.jupiter.api.Assertions.assertEquals(11, priorities.contracts().size());
            org.junit.jupiter.api.Assertions.assertFalse(priorities.opportunities().isEmpty());
            org.junit.jupiter.api.Assertions.assertFalse(priorities.sroi().isEmpty());
            org.junit.jupiter.api.Assertions.assertEquals(3, priorities.groups().stream()
                    .filter(g -> g.group().focus()).count());
        }
    }

    @Test
    void theSampleHasACurrentSituationFocusThemesAndGoalsSomeNotMeasurable() throws Exception {
        SampleDescription description = SamplePlan.description();
        try (PlanDatabase db = TestPlans.sample(dir, "focus.mviplan")) {
            var situation = new nl.mviwerkboek.inventory.InventoryService(db).situation().join();
            long mviContracts = description.all("contract").stream()
                    .filter(s -> s.required("mvi").equals("ja")).count();
            assertEquals(description.all("inventaris").size() + mviContracts, situation.items().size());
            assertTrue(situation.mviContractsToAdd().isEmpty(), "the MVI contracts were taken over");
            assertTrue(situation.maturity().stream().allMatch(nl.mviwerkboek.inventory.MaturityScore::complete));
            var focus = new nl.mviwerkboek.focus.FocusService(db).picture().join();
            assertEquals(List.of("Klimaat", "Circulair (incl. biobased)", "Social return"),
                    focus.chosen().stream().map(f -> f.theme().name()).toList());
            assertTrue(focus.chosen().stream().allMatch(f -> !f.rationale().isBlank() && !f.groupIds().isEmpty()));
            assertEquals(description.all("doel").size(), focus.goals().size());
            long measurable = nl.mviwerkboek.focus.GoalQuality.countMeasurable(focus.goals());
            assertTrue(measurable > 0 && measurable < focus.goals().size(), "some goals are deliberately unmeasurable");
            assertEquals(description.all("meting").size(), focus.progress().values().stream().mapToInt(List::size).sum());
        }
    }

    @Test
    void freshCopiesReplaceOldOnesThatNoAppHasOpen() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("voorbeeld"));
        Path first = SampleCopies.freshPath(samples);
        PlanDatabase open = SamplePlan.create(first, TestPlans.files(dir));
        Thread.sleep(5);
        Path second = SampleCopies.freshPath(samples);
        assertTrue(Files.exists(first), "a copy in use is kept");
        open.close();
        SamplePlan.create(second, TestPlans.files(dir)).close();
        Thread.sleep(5);
        SampleCopies.freshPath(samples);
        assertFalse(Files.exists(first));
        assertFalse(Files.exists(second));
    }

    @Test
    void descriptionErrorsNameTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleDescription.parse("[profiel]\norganisatie: X\nzonder dubbele punt"));
        assertTrue(e.getMessage().startsWith("Line 3"));
    }
}
