package nl.mviwerkboek.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.UiCallbacks;

/** State of the Overzicht page: key facts of the plan, progress per chapter, and the next step. */
public final class OverviewViewModel {

    /** One labelled fact, such as "Planperiode: 2026–2029", with a stable id for tests. */
    public record Fact(String id, String label, String value) {
    }

    private final SummaryService service;
    private final UiCallbacks ui;
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<ChapterProgress> chapters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper nextStep = new ReadOnlyStringWrapper("");

    /** The overview of the plan behind {@code service}. */
    public OverviewViewModel(SummaryService service, UiCallbacks ui) {
        this.service = service;
        this.ui = ui;
    }

    /** Loads the summary and works out the progress. */
    public CompletableFuture<Void> load() {
        return ui.then(service.load(), summary -> {
            facts.setAll(facts(summary));
            List<ChapterProgress> progress = Completeness.of(summary);
            chapters.setAll(progress);
            nextStep.set(progress.stream().filter(p -> !p.missing().isEmpty()).findFirst()
                    .map(p -> Messages.get("overview.nextStep", p.chapter().label(), p.nextStep()))
                    .orElse(Messages.get("overview.nextStep.none")));
        });
    }

    static List<Fact> facts(PlanSummary summary) {
        PlanProfile p = summary.profile();
        String unknown = Messages.get("overview.fact.unknown");
        List<Fact> list = new ArrayList<>();
        list.add(new Fact("organisation", Messages.get("overview.fact.organisation"),
                p.organisationName() + " (" + p.organisationType().label() + ")"));
        list.add(new Fact("inhabitants", Messages.get("overview.fact.inhabitants"),
                p.inhabitants() == null ? unknown : Formats.number(p.inhabitants())));
        list.add(new Fact("period", Messages.get("overview.fact.period"), Formats.yearRange(p.periodStart(), p.periodEnd())));
        list.add(new Fact("themes", Messages.get("overview.fact.themes"),
                Messages.get("overview.fact.themes.value", p.themeSet().label(), summary.count(PlanSummary.THEMES))));
        list.add(new Fact("stakeholders", Messages.get("overview.fact.stakeholders"),
                Formats.number(summary.count(PlanSummary.STAKEHOLDERS))));
        list.add(new Fact("spend", Messages.get("overview.fact.spend"), summary.spend().lines() == 0
                ? Messages.get("overview.fact.spend.none") : Messages.get("overview.fact.spend.value",
                Formats.amountRounded(summary.spend().amountCents()), summary.spend().lines())));
        list.add(new Fact("focus", Messages.get("overview.fact.focus"),
                Formats.number(summary.focus().focusThemes())));
        list.add(new Fact("goals", Messages.get("overview.fact.goals"), summary.focus().goals() == 0
                ? Messages.get("overview.fact.goals.none") : Messages.get("overview.fact.goals.value",
                summary.focus().goals(), summary.focus().unmeasurableGoals(), summary.run().goalsBehind())));
        RunCounts run = summary.run();
        list.add(new Fact("actions", Messages.get("overview.fact.actions"), run.actions().actions() == 0
                ? Messages.get("overview.fact.actions.none") : Messages.get("overview.fact.actions.value",
                run.actions().actions(), run.actions().overdue(), run.actions().dueWithin30Days())));
        list.add(new Fact("anchoring", Messages.get("overview.fact.anchoring"), Messages.get(
                "overview.fact.anchoring.value", run.anchoring().done(), run.anchoring().items())));
        list.add(new Fact("nextReview", Messages.get("overview.fact.nextReview"), run.nextReview() == null
                ? Messages.get("overview.fact.nextReview.none") : Formats.date(run.nextReview())));
        list.add(new Fact("budget", Messages.get("overview.fact.budget"),
                p.budgetCents() == null ? unknown : Formats.amountRounded(p.budgetCents())));
        list.add(new Fact("capacity", Messages.get("overview.fact.capacity"), p.capacityHoursPerWeek() == null
                ? unknown : Messages.get("overview.fact.capacity.value", p.capacityHoursPerWeek())));
        list.add(new Fact("signed", Messages.get("overview.fact.signed"),
                p.manifestSignedOn() == null ? Messages.get("overview.fact.notSigned")
                        : Formats.date(p.manifestSignedOn())));
        return list;
    }

    /** Key facts of the plan. */
    public ObservableList<Fact> facts() {
        return facts;
    }

    /** Progress of each chapter after Overzicht. */
    public ObservableList<ChapterProgress> chapters() {
        return chapters;
    }

    /** The one thing to do next. */
    public ReadOnlyStringProperty nextStepProperty() {
        return nextStep.getReadOnlyProperty();
    }
}
