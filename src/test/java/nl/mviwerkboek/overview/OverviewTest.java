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
    void summaryAnalysisCountsAreThoseOfTheWholeAnalysis() throws Exception {
        try (PlanDatabase db = TestPlans.sample(dir, "plan.mviplan")) {
            var whole = db.read(c -> nl.mviwerkboek.spend.analysis.AnalysisCounts.of(
                    nl.mviwerkboek.spend.analysis.AnalysisService.read(c,
                            nl.mviwerkboek.spend.analysis.AnalysisFilter.ALL), 3)).join();
            var quick = db.read(c -> nl.mviwerkboek.spend.analysis.AnalysisService.counts(c, 3)).join();
            assertEquals(whole, quick);
            assertTrue(quick.thresholdSignals() > 0 && quick.classifiedShare() > 0, quick.toString());
        }
    }

    @Test
    void samplePlanHasCompleteChaptersUpToFocusWhichCountsUnmeasurableGoals() throws Exception {
        try (PlanDatabase db = TestPlans.sample(dir, "plan.mviplan")) {
            List<ChapterProgress> progress = Completeness.of(new SummaryService(db).load().join());
            assertEquals(Chapter.values().length - 1, progress.size());
            assertEquals(ChapterProgress.State.COMPLETE, progress.get(0).state());
            assertEquals(Chapter.STARTEN, progress.get(0).chapter());
            ChapterProgress spend = progress.stream().filter(p -> p.chapter() == Chapter.SPENDANALYSE).findFirst()
                    .orElseThrow();
            assertEquals(ChapterProgress.State.COMPLETE, spend.state(), spend.missing().toString());
            assertEquals(List.of("3 imports: 29.989 regels van 1.706 leveranciers",
                    "98,4% van de uitgaven is ingedeeld in productgroepen", "Het contractregister is gevuld",
                    "Focusgroepen zijn gekozen"), spend.done());
            ChapterProgress situation = chapter(progress, Chapter.HUIDIGE_SITUATIE);
            assertEquals(ChapterProgress.State.COMPLETE, situation.state(), situation.missing().toString());
            assertEquals(List.of("11 onderdelen geïnventariseerd", "Zelfscan ingevuld voor alle 6 thema's"),
                    situation.done());
            ChapterProgress focus = chapter(progress, Chapter.FOCUS);
            assertEquals(ChapterProgress.State.IN_PROGRESS, focus.state());
            assertEquals(List.of("3 focusthema's gekozen", "7 doelen bij de focusthema's"), focus.done());
            assertEquals(List.of("Maak meetbaar: 3 doelen nog niet meetbaar"), focus.missing());
            ChapterProgress report = chapter(progress, Chapter.RAPPORT);
            assertEquals(ChapterProgress.State.COMPLETE, report.state(), "the sample plan was adopted");
            assertEquals(List.of("Vastgesteld op 10-02-2026"), report.done());
            List<OverviewViewModel.Fact> facts = OverviewViewModel.facts(new SummaryService(db).load().join());
            assertEquals("7, waarvan 3 niet meetbaar; 1 achter op schema", facts.stream().filter(f -> f.id().equals("goals"))
                    .findFirst().orElseThrow().value(), "CO2 in road maintenance lags its straight line");
            assertEquals("5 van 11 geregeld", fact(facts, "anchoring"));
            assertEquals("15-12-2026", fact(facts, "nextReview"));
        }
    }

    @Test
    void runningThePlanReportsOverdueActionsOpenMeasuresGoalsBehindAndTheNextReview() throws Exception {
        try (PlanDatabase db = TestPlans.sample(dir, "plan.mviplan")) {
            java.time.LocalDate day = java.time.LocalDate.of(2026, 11, 28);
            PlanSummary summary = db.read(c -> new SummaryStorage().load(c, day)).join();
            ChapterProgress actions = Completeness.actions(summary.run());
            assertEquals(ChapterProgress.State.IN_PROGRESS, actions.state());
            assertEquals(List.of("40 acties, waarvan 12 gereed", "4 acties moeten binnen 30 dagen klaar zijn"),
                    actions.done());
            assertEquals(List.of("7 acties zijn over hun datum"), actions.missing());
            assertEquals(List.of("5 van 11 verankeringsmaatregelen geregeld"), Completeness.anchoring(summary.run()).done());
            assertEquals(List.of("6 verankeringsmaatregelen nog open"), Completeness.anchoring(summary.run()).missing());
            ChapterProgress monitoring = Completeness.monitoring(summary.run());
            assertEquals(List.of("2 reviews gehouden", "Volgende review: 15-12-2026", "1 jaarversie vastgelegd"),
                    monitoring.done());
            assertEquals(List.of("1 doel achter op schema"), monitoring.missing());
            assertEquals(ChapterProgress.State.IN_PROGRESS, monitoring.state());
            assertEquals("40; 7 te laat, 4 binnen 30 dagen", fact(OverviewViewModel.facts(summary), "actions"));
        }
    }

    private static String fact(List<OverviewViewModel.Fact> facts, String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().value();
    }

    private static ChapterProgress chapter(List<ChapterProgress> progress, Chapter chapter) {
        return progress.stream().filter(p -> p.chapter() == chapter).findFirst().orElseThrow();
    }

    @Test
    void focusWithTooManyThemesOrMissingRationaleAndGoalsSaysSo() {
        ChapterProgress many = Completeness.focus(new nl.mviwerkboek.focus.FocusCounts(5, 2, 1, 4, 4));
        assertEquals(List.of("5 focusthema's: het advies is ongeveer drie",
                "Schrijf op waarom: 2 focusthema's zonder onderbouwing", "Maak doelen: 1 focusthema zonder doel"),
                many.missing());
        assertEquals(List.of("5 focusthema's gekozen", "Alle doelen zijn meetbaar"), many.done());
        assertEquals(ChapterProgress.State.IN_PROGRESS, many.state());
        ChapterProgress done = Completeness.focus(new nl.mviwerkboek.focus.FocusCounts(3, 0, 0, 6, 6));
        assertEquals(ChapterProgress.State.COMPLETE, done.state());
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
            ChapterProgress situation = chapter(vm.chapters(), Chapter.HUIDIGE_SITUATIE);
            assertEquals(ChapterProgress.State.TO_DO, situation.state());
            assertEquals("Vul de zelfscan in: nog 6 van 6 thema's zonder stap nu en doel", situation.missing().get(1));
            ChapterProgress focus = chapter(vm.chapters(), Chapter.FOCUS);
            assertEquals(ChapterProgress.State.TO_DO, focus.state());
            assertEquals("Kies je focusthema's (advies: ongeveer drie)", focus.nextStep());
        }
        assertEquals(List.of(), errors);
    }
}
