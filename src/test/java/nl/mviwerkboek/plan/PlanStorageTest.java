package nl.mviwerkboek.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanStorageTest {

    @TempDir
    Path dir;

    @Test
    void profileRoundTripsWithEveryFieldAndSurvivesReopening() throws Exception {
        PlanProfile full = new PlanProfile("Gemeente Kleindorp", OrganisationType.WATERSCHAP, 12_345, 2027, 2030,
                ThemeSet.REPORT_2018, "Dijkgraaf", LocalDate.of(2024, 2, 29), 1_234_556L, 12.5, false);
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            new ProfileService(db).save(full).join();
        }
        try (PlanDatabase db = TestPlans.files(dir).open(dir.resolve("plan.mviplan"))) {
            assertEquals(full, new ProfileService(db).load().join());
        }
    }

    @Test
    void optionalProfileFieldsStayEmpty() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            PlanProfile p = new ProfileService(db).load().join();
            assertEquals(PlanProfile.of("Testgemeente", OrganisationType.GEMEENTE, 2026, 2029, ThemeSet.MANIFEST_2022), p);
        }
    }

    @Test
    void newPlanGetsTheThemesOfItsThemeSetInOrder() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            List<Theme> themes = new ProfileService(db).themes().join();
            assertEquals(ThemeSet.MANIFEST_2022.themeNames(), themes.stream().map(Theme::name).toList());
            assertFalse(themes.get(0).archived());
        }
    }

    @Test
    void stakeholdersAreAddedChangedListedByNameAndDeleted() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            StakeholderService service = new StakeholderService(db);
            Stakeholder zoe = service.add(new Stakeholder(0, "Zoë de Vries", StakeholderRole.BUDGETHOUDER,
                    "Sociaal Domein", Involvement.MEEDENKEN, "z.devries@gemeente.nl", "Jeugdzorg")).join();
            Stakeholder ahmed = service.add(new Stakeholder(0, "ahmed Yilmaz", StakeholderRole.BESTUURDER,
                    null, Involvement.BESLISSEN, null, null)).join();
            assertTrue(zoe.id() > 0 && ahmed.id() > 0);
            assertEquals(List.of(ahmed, zoe), service.list().join());

            Stakeholder moved = new Stakeholder(zoe.id(), "Zoë de Vries", StakeholderRole.INKOOPCOORDINATOR,
                    "Inkoop", Involvement.UITVOEREN, "zoe@gemeente.nl", "");
            service.update(moved).join();
            assertEquals(List.of(ahmed, moved), service.list().join());
            assertEquals(Set.of(StakeholderRole.BESTUURDER, StakeholderRole.INKOOPCOORDINATOR),
                    db.read(new StakeholderStorage()::rolesPresent).join());

            service.delete(ahmed).join();
            assertEquals(List.of(moved), service.list().join());
            assertEquals(1L, db.read(new StakeholderStorage()::count).join());
        }
    }
}
