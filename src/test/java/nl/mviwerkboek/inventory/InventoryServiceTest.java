package nl.mviwerkboek.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.plan.ThemeService;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.ContractStorage;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryServiceTest {

    @TempDir
    Path dir;

    @Test
    void itemsRoundTripWithThemesGroupDateAndLinkAndSurviveReopening() throws Exception {
        InventoryItem stored;
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            InventoryService service = new InventoryService(db);
            Situation s = service.situation().join();
            long climate = theme(s, "Klimaat").id();
            long social = theme(s, "Social return").id();
            ProductGroup roads = s.groups().stream().filter(g -> g.code().equals("wegen")).findFirst().orElseThrow();
            Situation after = service.add(new InventoryItem(0, InventoryKind.BELEID, "Duurzaamheidsvisie",
                    "Raadsbesluit", List.of(climate, social), roads.id(), LocalDate.of(2024, 3, 1),
                    "https://example.org/visie", null)).join();
            stored = after.items().get(0);
            assertEquals(List.of(climate, social), stored.themeIds());
            assertEquals(roads.id(), stored.groupId());
        }
        try (PlanDatabase db = TestPlans.files(dir).open(dir.resolve("plan.mviplan"))) {
            InventoryService service = new InventoryService(db);
            assertEquals(List.of(stored), service.situation().join().items());
            InventoryItem changed = new InventoryItem(stored.id(), InventoryKind.RESULTAAT, "Visie vastgesteld", "",
                    List.of(stored.themeIds().get(1)), null, null, "", null);
            assertEquals(List.of(changed), service.update(changed).join().items());
            assertEquals(List.of(), service.delete(changed).join().items());
        }
    }

    @Test
    void contractsMarkedMviAppliedAreTakenOverOnceWithTermValueAndSocialReturn() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            ContractStorage contracts = new ContractStorage();
            db.write(c -> {
                contracts.save(c, new Contract(0, "Groenonderhoud", "Groen BV", null, LocalDate.of(2024, 1, 1),
                        LocalDate.of(2027, 12, 31), 12, "", 120_000_000L, true, true, "Fatima", ""));
                contracts.save(c, new Contract(0, "Catering", "Kok BV", null, null, null, 0, "", 0, false, false,
                        "", ""));
                return null;
            }).join();
            InventoryService service = new InventoryService(db);
            Situation before = service.situation().join();
            assertEquals(List.of("Groenonderhoud"), before.mviContractsToAdd().stream().map(Contract::title).toList());

            Situation after = service.addMviContracts().join();
            assertEquals(1, after.items().size());
            InventoryItem item = after.items().get(0);
            assertEquals(InventoryKind.CONTRACT, item.kind());
            assertEquals("Groen BV; looptijd 01-01-2024 t/m 31-12-2027; waarde € 1.200.000", item.description());
            assertEquals(List.of(theme(after, "Social return").id()), item.themeIds());
            assertEquals(before.mviContractsToAdd().get(0).id(), item.contractId());
            assertTrue(after.mviContractsToAdd().isEmpty(), "a contract is taken over only once");
            assertEquals(1, service.addMviContracts().join().items().size());
        }
    }

    @Test
    void selfAssessmentIsSavedPerThemeAndKeptWhileTheThemeIsArchived() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            InventoryService service = new InventoryService(db);
            Situation s = service.situation().join();
            assertEquals(6, s.maturity().size());
            assertNull(s.maturity().get(0).current());
            Theme climate = theme(s, "Klimaat");
            Situation saved = service.saveMaturity(new MaturityScore(climate, MaturityStep.PILOTS,
                    MaturityStep.BORGING, "Proeven in wegen")).join();
            MaturityScore score = saved.maturity().stream().filter(m -> m.theme().equals(climate)).findFirst()
                    .orElseThrow();
            assertEquals(new MaturityScore(climate, MaturityStep.PILOTS, MaturityStep.BORGING, "Proeven in wegen"),
                    score);

            ThemeService themes = new ThemeService(db);
            themes.setArchived(climate, true).join();
            assertEquals(5, service.situation().join().maturity().size(), "archived themes leave the self-assessment");
            themes.setArchived(climate, false).join();
            assertTrue(service.situation().join().maturity().stream().anyMatch(m -> m.theme().id() == climate.id()
                    && m.current() == MaturityStep.PILOTS && m.note().equals("Proeven in wegen")));
        }
    }

    @Test
    void countsForTheSummary() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            InventoryService service = new InventoryService(db);
            Situation s = service.situation().join();
            service.add(new InventoryItem(0, InventoryKind.KENNIS, "Adviseur", "", List.of(), null, null, "", null))
                    .join();
            service.saveMaturity(new MaturityScore(s.themes().get(0), MaturityStep.AFWEGING, MaturityStep.PILOTS, ""))
                    .join();
            service.saveMaturity(new MaturityScore(s.themes().get(1), MaturityStep.AFWEGING, null, "")).join();
            assertEquals(new SituationCounts(1, 1, 6), db.read(SituationCounts::read).join());
        }
    }

    private static Theme theme(Situation s, String name) {
        return s.themes().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
