package nl.mviwerkboek.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.mviwerkboek.focus.FocusService;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeServiceTest {

    @TempDir
    Path dir;

    @Test
    void themesAreAddedRenamedMovedAndArchivedKeepingWhatIsLinked() throws Exception {
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            ThemeService service = new ThemeService(db);
            List<Theme> themes = service.add("Eerlijke ICT").join();
            assertEquals(7, themes.size());
            Theme ict = themes.get(6);
            assertEquals("Eerlijke ICT", ict.name());
            new FocusService(db).addGoal(new Goal(0, ict.id(), "Fairphones", "", "", null, null, null, null, "", null))
                    .join();

            themes = service.rename(ict, "  Eerlijke ICT en elektronica ").join();
            assertEquals("Eerlijke ICT en elektronica", themes.get(6).name());
            themes = service.move(themes.get(6), -1).join();
            assertEquals("Eerlijke ICT en elektronica", themes.get(5).name());
            assertEquals("Social return", themes.get(6).name());
            themes = service.move(themes.get(0), -1).join();
            assertEquals("Milieu en biodiversiteit", themes.get(0).name(), "the first cannot move up");

            themes = service.setArchived(themes.get(5), true).join();
            assertTrue(themes.get(5).archived());
            assertEquals(6, (long) db.read(new ThemeStorage()::countActive).join());
            Goal goal = new FocusService(db).picture().join().goals().get(0);
            assertEquals(ict.id(), goal.themeId(), "the goal keeps its theme through rename, move and archive");
        }
    }

    @Test
    void aThemeNameMustBeFilledAndNotTakenAlready() {
        ThemeNameViewModel vm = new ThemeNameViewModel("", List.of("Klimaat", "Social return"));
        assertEquals("Geef het thema een naam.", vm.error().get());
        vm.nameProperty().set(" klimaat ");
        assertEquals("Er is al een thema \"klimaat\". Kies een andere naam.", vm.error().get());
        assertEquals(Optional.empty(), vm.result());
        vm.nameProperty().set("Lokale economie ");
        assertEquals("", vm.error().get());
        assertEquals(Optional.of("Lokale economie"), vm.result());
        assertEquals(Optional.of("Klimaat"), new ThemeNameViewModel("Klimaat", List.of("Social return")).result(),
                "renaming may keep the name");
    }
}
