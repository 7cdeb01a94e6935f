package nl.mviwerkboek.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewTest {

    @TempDir
    Path dir;

    @Test
    void samplePlanHasACompleteStartChapterAndLaterChaptersComing() throws Exception {
        try (PlanDatabase db = TestPlans.sample(dir, "plan.mviplan")) {
            List<ChapterProgress> progress = Completeness.of(new SummaryService(db).load().join());
            assertEquals(Chapter.values().length - 1, progress.size());
            assertEquals(ChapterProgress.State.COMPLETE, progress.get(0).state());
            assertEquals(Chapter.STARTEN, progress.get(0).chapter());
            ChapterProgress spend = progress.stream().filter(p -> p.chapter() == Chapter.SPENDANALYSE).findFirst()
                    .orElseThrow();
            assertEquals(ChapterProgress.State.COMPLETE, spend.state(), spend.missing().toString());
            assertEquals(List.of("3 import(s): 29.989 regels van 1.706 leveranciers",
                    "98,4% van de uitgaven is ingedeeld in productgroepen", "Het contractregister is gevuld",
                    "Focusgroepen zijn gekozen"), spend.done());
            assertTrue(progress.stream().filter(p -> p.chapter() != Chapter.STARTEN && p.chapter() != Chapter.SPENDANALYSE)
                    .allMatch(p -> p.state() == ChapterProgress.State.COMING));
        }
    }

    @Test
    void newPlanSaysWhatIsMissingAndWhatToDoNext() throws Exception {
        List<Throwable> errors = new ArrayList<>();
        try (PlanDatabase db = TestPlans.create(dir, "plan.mviplan")) {
            OverviewViewModel vm = new OverviewViewModel(new SummaryService(db),
                    new UiCallbacks(Runnable::run, errors::add));
            vm.load().join();
            ChapterProgress starten = vm.chapters().get(0);
            assertEquals(ChapterProgress.State.IN_PROGRESS, starten.state());
            assertTrue(starten.missing().contains("Vul het aantal inwoners in."));
            assertTrue(starten.missing().contains("Voeg een betrokkene toe met de rol Budgethouder / categoriemanager."));
            assertEquals("Volgende stap (Starten): Vul het aantal inwoners in.", vm.nextStepProperty().get());
            assertEquals("2026–2029", vm.facts().stream().filter(f -> f.id().equals("period")).findFirst()
                    .orElseThrow().value());
            assertEquals("Nog niet ingevuld", vm.facts().stream().filter(f -> f.id().equals("budget")).findFirst()
                    .orElseThrow().value());
        }
        assertEquals(List.of(), errors);
    }
}
