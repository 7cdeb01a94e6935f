package nl.mviwerkboek.overview;

import nl.mviwerkboek.actions.ActionCounts;
import nl.mviwerkboek.actions.ActionStatus;
import nl.mviwerkboek.anchoring.AnchoringCounts;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.focus.FocusCounts;
import nl.mviwerkboek.focus.FocusThemesViewModel;
import nl.mviwerkboek.inventory.SituationCounts;
import nl.mviwerkboek.plan.PlanProfile;
import nl.mviwerkboek.plan.StakeholderRole;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.SpendTotals;
import nl.mviwerkboek.spend.analysis.AnalysisCounts;
import nl.mviwerkboek.report.ReportSettings;
import nl.mviwerkboek.shared.ui.Chapter;

/** Works out, from a plan's summary, how complete each chapter is and what to do next. */
public final class Completeness {

    private Completeness() {
    }

    /** The progress of every chapter after Overzicht, in order. */
    public static List<ChapterProgress> of(PlanSummary summary) {
        List<ChapterProgress> result = new ArrayList<>();
        for (Chapter chapter : Chapter.values()) {
            if (chapter == Chapter.STARTEN) {
                result.add(starten(summary));
            } else if (chapter == Chapter.SPENDANALYSE) {
                result.add(spend(summary));
            } else if (chapter == Chapter.HUIDIGE_SITUATIE) {
                result.add(situation(summary.situation()));
            } else if (chapter == Chapter.FOCUS) {
                result.add(focus(summary.focus()));
            } else if (chapter == Chapter.ACTIES) {
                result.add(actions(summary.run()));
            } else if (chapter == Chapter.VERANKERING) {
                result.add(anchoring(summary.run()));
            } else if (chapter == Chapter.MONITORING) {
                result.add(monitoring(summary.run()));
            } else if (chapter == Chapter.RAPPORT) {
                result.add(report(summary.report()));
            }
        }
        return result;
    }

    static ChapterProgress starten(PlanSummary summary) {
        PlanProfile p = summary.profile();
        List<String> done = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        done.add(Messages.get("overview.starten.period", Formats.yearRange(p.periodStart(), p.periodEnd())));
        check(p.inhabitants() != null, "overview.starten.inhabitants.done",
                "overview.starten.inhabitants.missing", done, missing);
        check(p.commissioner() != null && !p.commissioner().isBlank(), "overview.starten.commissioner.done",
                "overview.starten.commissioner.missing", done, missing);
        check(p.budgetCents() != null && p.budgetCents() > 0, "overview.starten.budget.done",
                "overview.starten.budget.missing", done, missing);
        check(p.capacityHoursPerWeek() != null && p.capacityHoursPerWeek() > 0, "overview.starten.capacity.done",
                "overview.starten.capacity.missing",
                done, missing);
        for (StakeholderRole role : List.of(StakeholderRole.BESTUURDER, StakeholderRole.INKOOPCOORDINATOR,
                StakeholderRole.BUDGETHOUDER)) {
            boolean present = summary.rolesPresent().contains(role);
            (present ? done : missing).add(Messages.get(
                    present ? "overview.starten.role.present" : "overview.starten.role.missing", role.label()));
        }
        ChapterProgress.State state = missing.isEmpty() ? ChapterProgress.State.COMPLETE
                : ChapterProgress.State.IN_PROGRESS;
        String next = missing.isEmpty() ? Messages.get("overview.next.done") : missing.get(0);
        return new ChapterProgress(Chapter.STARTEN, state, done, missing, next);
    }

    static ChapterProgress spend(PlanSummary summary) {
        SpendTotals s = summary.spend();
        if (s.imports() == 0) {
            return new ChapterProgress(Chapter.SPENDANALYSE, ChapterProgress.State.TO_DO, List.of(),
                    List.of(Messages.get("overview.spend.import.missing")), Messages.get("overview.spend.import.missing"));
        }
        List<String> done = new ArrayList<>(List.of(Messages.get("overview.spend.import.done",
                s.imports(), s.lines(), s.suppliers())));
        List<String> missing = new ArrayList<>();
        AnalysisCounts a = summary.analysis();
        if (a.classifiedShare() >= CLASSIFIED_ENOUGH) {
            done.add(Messages.get("overview.spend.classified.done", Formats.percent(a.classifiedShare())));
        } else {
            missing.add(Messages.get("overview.spend.classified.missing", Formats.percent(a.classifiedShare())));
        }
        check(a.contracts() > 0, "overview.spend.contracts.done", "overview.spend.contracts.missing", done, missing);
        check(a.focusGroups() > 0, "overview.spend.focus.done", "overview.spend.focus.missing", done, missing);
        ChapterProgress.State state = missing.isEmpty() ? ChapterProgress.State.COMPLETE
                : ChapterProgress.State.IN_PROGRESS;
        return new ChapterProgress(Chapter.SPENDANALYSE, state, done, missing,
                missing.isEmpty() ? Messages.get("overview.next.done") : missing.get(0));
    }

    static ChapterProgress situation(SituationCounts s) {
        List<String> done = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (s.inventoryItems() > 0) {
            done.add(Messages.get("overview.situation.items.done", s.inventoryItems()));
        } else {
            missing.add(Messages.get("overview.situation.items.missing"));
        }
        if (s.themesAssessed() >= s.themesInUse()) {
            done.add(Messages.get("overview.situation.maturity.done", s.themesInUse()));
        } else {
            missing.add(Messages.get("overview.situation.maturity.missing", s.themesInUse() - s.themesAssessed(),
                    s.themesInUse()));
        }
        return progress(Chapter.HUIDIGE_SITUATIE, s.inventoryItems() == 0 && s.themesAssessed() == 0, done, missing);
    }

    static ChapterProgress focus(FocusCounts f) {
        List<String> done = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (f.focusThemes() == 0) {
            missing.add(Messages.get("overview.focus.themes.missing"));
        } else {
            done.add(Messages.get("overview.focus.themes.done", f.focusThemes()));
        }
        if (f.focusThemes() > FocusThemesViewModel.ADVISED) {
            missing.add(Messages.get("overview.focus.themes.many", f.focusThemes()));
        }
        if (f.withoutRationale() > 0) {
            missing.add(Messages.get("overview.focus.rationale.missing", f.withoutRationale()));
        }
        if (f.withoutGoals() > 0) {
            missing.add(Messages.get("overview.focus.goals.missing", f.withoutGoals()));
        } else if (f.focusThemes() > 0) {
            done.add(Messages.get("overview.focus.goals.done", f.goals()));
        }
        if (f.unmeasurableGoals() > 0) {
            missing.add(Messages.get("overview.focus.unmeasurable", f.unmeasurableGoals()));
        } else if (f.goals() > 0) {
            done.add(Messages.get("overview.focus.measurable"));
        }
        return progress(Chapter.FOCUS, f.focusThemes() == 0 && f.goals() == 0, done, missing);
    }

    static ChapterProgress actions(RunCounts r) {
        List<String> done = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        ActionCounts a = r.actions();
        if (a.actions() == 0) {
            missing.add(Messages.get("overview.actions.missing"));
        } else {
            done.add(Messages.get("overview.actions.done", a.actions(), a.byStatus().get(ActionStatus.GEREED.code())));
        }
        if (a.overdue() > 0) {
            missing.add(Messages.get("overview.actions.overdue", a.overdue()));
        }
        if (a.dueWithin30Days() > 0) {
            done.add(Messages.get("overview.actions.soon", a.dueWithin30Days()));
        }
        return progress(Chapter.ACTIES, a.actions() == 0, done, missing);
    }

    static ChapterProgress anchoring(RunCounts r) {
        AnchoringCounts a = r.anchoring();
        List<String> done = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (a.done() > 0) {
            done.add(Messages.get("overview.anchoring.done", a.done(), a.items()));
        }
        if (a.open() > 0) {
            missing.add(Messages.get("overview.anchoring.open", a.open()));
        }
        return progress(Chapter.VERANKERING, a.done() == 0 && a.open() == a.items(), done, missing);
    }

    static ChapterProgress monitoring(RunCounts r) {
        List<String> done = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (r.reviews() == 0) {
            missing.add(Messages.get("overview.monitoring.reviews.missing"));
        } else {
            done.add(Messages.get("overview.monitoring.reviews.done", r.reviews()));
        }
        if (r.nextReview() == null) {
            missing.add(Messages.get("overview.monitoring.next.missing"));
        } else {
            done.add(Messages.get("overview.monitoring.next", Formats.date(r.nextReview())));
        }
        if (r.goalsBehind() > 0) {
            missing.add(Messages.get("overview.monitoring.behind", r.goalsBehind()));
        }
        if (r.versions() == 0) {
            missing.add(Messages.get("overview.monitoring.versions.missing"));
        } else {
            done.add(Messages.get("overview.monitoring.versions.done", r.versions()));
        }
        return progress(Chapter.MONITORING, r.reviews() == 0 && r.versions() == 0, done, missing);
    }

    static ChapterProgress report(ReportSettings r) {
        List<String> done = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (r.concept()) {
            missing.add(Messages.get("overview.report.concept"));
        } else {
            done.add(r.adoptedOn() == null ? Messages.get("overview.report.adopted")
                    : Messages.get("overview.report.adoptedOn", Formats.date(r.adoptedOn())));
        }
        return progress(Chapter.RAPPORT, r.concept(), done, missing);
    }

    private static ChapterProgress progress(Chapter chapter, boolean untouched, List<String> done,
                                            List<String> missing) {
        ChapterProgress.State state = untouched ? ChapterProgress.State.TO_DO : missing.isEmpty()
                ? ChapterProgress.State.COMPLETE : ChapterProgress.State.IN_PROGRESS;
        return new ChapterProgress(chapter, state, done, missing,
                missing.isEmpty() ? Messages.get("overview.next.done") : missing.get(0));
    }

    /** From this classified share (by amount) on, the spend is classified well enough to choose priorities. */
    static final double CLASSIFIED_ENOUGH = 0.8;

    private static void check(boolean ok, String doneKey, String missingKey, List<String> done,
                              List<String> missing) {
        (ok ? done : missing).add(Messages.get(ok ? doneKey : missingKey));
    }
}
