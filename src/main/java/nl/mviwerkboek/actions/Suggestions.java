package nl.mviwerkboek.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.mviwerkboek.focus.FocusPicture;
import nl.mviwerkboek.focus.FocusTheme;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.plan.StakeholderRole;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.TenderCalendar;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * Finds the actions the plan's state calls for, leaving out those already answered and those an
 * existing action already covers. Pure logic over what was read; the order is the order shown.
 */
public final class Suggestions {

    /** Months before a contract's last end that its tender should be ready to publish. */
    static final int TENDER_LEAD_MONTHS = 6;

    private Suggestions() {
    }

    /** The open suggestions for a plan with period {@code fromYear}–{@code toYear}. */
    public static List<Suggestion> find(FocusPicture focus, List<Contract> contracts, List<Action> actions,
                                        int fromYear, int toYear, Set<String> answered, LocalDate today) {
        List<Suggestion> result = new ArrayList<>();
        tenders(focus, contracts, actions, fromYear, toYear, today, result);
        List<Action> live = actions.stream().filter(a -> a.status() != ActionStatus.GESCHRAPT).toList();
        for (Goal g : focus.goals()) {
            if (g.ownerId() == null) {
                result.add(new Suggestion("goal-owner:" + g.id(), SuggestionKind.GOAL_OWNER,
                        Messages.get("suggestion.reason.goalOwner", g.statement()),
                        proposal("suggestion.title.goalOwner", ActionKind.PROCES, g.themeId(), g.id(), g.statement())));
            }
            if (live.stream().noneMatch(a -> Objects.equals(a.goalId(), g.id()))) {
                result.add(new Suggestion("goal-action:" + g.id(), SuggestionKind.GOAL_ACTION,
                        Messages.get("suggestion.reason.goalAction", g.statement()),
                        proposal("suggestion.title.goalAction", ActionKind.OVERIG, g.themeId(), g.id(), g.statement())));
            }
        }
        for (FocusTheme f : focus.chosen()) {
            if (live.stream().noneMatch(a -> Objects.equals(a.themeId(), f.theme().id()))) {
                result.add(new Suggestion("theme-action:" + f.theme().id(), SuggestionKind.THEME_ACTION,
                        Messages.get("suggestion.reason.themeAction", f.theme().name()),
                        proposal("suggestion.title.themeAction", ActionKind.OVERIG, f.theme().id(), null,
                                f.theme().name())));
            }
        }
        if (focus.stakeholders().stream().noneMatch(s -> s.role() == StakeholderRole.BUDGETHOUDER)) {
            result.add(new Suggestion("budget-holder", SuggestionKind.BUDGET_HOLDER,
                    Messages.get("suggestion.reason.budgetHolder"),
                    proposal("suggestion.title.budgetHolder", ActionKind.PROCES, null, null, "")));
        }
        return result.stream().filter(s -> !answered.contains(s.key())).toList();
    }

    private static void tenders(FocusPicture focus, List<Contract> contracts, List<Action> actions, int fromYear,
                                int toYear, LocalDate today, List<Suggestion> result) {
        Set<Long> covered = new HashSet<>();
        actions.stream().map(Action::contractId).filter(Objects::nonNull).forEach(covered::add);
        for (Contract k : contracts) {
            if (k.groupId() == null || covered.contains(k.id())
                    || !TenderCalendar.endsWithin(k, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31))) {
                continue;
            }
            Optional<FocusTheme> theme = focus.chosen().stream().filter(f -> f.groupIds().contains(k.groupId())).findFirst();
            boolean focusGroup = focus.groups().stream().anyMatch(g -> g.id() == k.groupId() && g.focus());
            if (theme.isEmpty() && !focusGroup) {
                continue;
            }
            LocalDate due = k.finalEnd().minusMonths(TENDER_LEAD_MONTHS);
            due = due.isBefore(today) ? today.plusMonths(1) : due;
            String group = focus.groups().stream().filter(g -> g.id() == k.groupId()).map(ProductGroup::name)
                    .findFirst().orElse("");
            Action proposal = new Action(0, Messages.get("suggestion.title.tender", k.title()),
                    Messages.get("suggestion.description.tender", Formats.date(k.finalEnd())), ActionKind.AANBESTEDING,
                    theme.map(f -> f.theme().id()).orElse(null), null, k.groupId(), k.id(), null,
                    due.minusMonths(4), due, ActionStatus.GEPLAND, null, theme.map(FocusTheme::ambition).orElse(null));
            result.add(new Suggestion("tender:" + k.id(), SuggestionKind.TENDER, Messages.get("suggestion.reason.tender",
                    k.title(), group, Formats.date(k.finalEnd())), proposal));
        }
    }

    private static Action proposal(String titleKey, ActionKind kind, Long themeId, Long goalId, String subject) {
        return new Action(0, Messages.get(titleKey, subject), "", kind, themeId, goalId, null, null, null, null, null,
                ActionStatus.GEPLAND, null, null);
    }
}
