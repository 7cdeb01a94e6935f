package nl.mviwerkboek.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.mviwerkboek.focus.FocusPicture;
import nl.mviwerkboek.focus.FocusTheme;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * Everything the actions chapter shows, read at once: the actions with their logs and history, what
 * they can link to (themes, goals, product groups, contracts, stakeholders), the plan period and the
 * open suggestions.
 */
public record ActionsPicture(List<Action> actions, Map<Long, List<ActionNote>> notes, List<ActionChange> changes,
                             FocusPicture focus, List<Contract> contracts, int periodStart, int periodEnd,
                             List<Suggestion> suggestions) {

    /** An empty picture, shown until the first read arrives. */
    public static ActionsPicture empty() {
        int year = LocalDate.now().getYear();
        return new ActionsPicture(List.of(), Map.of(), List.of(), FocusPicture.empty(), List.of(), year, year,
                List.of());
    }

    /** The log of an action, newest first. */
    public List<ActionNote> notesOf(long actionId) {
        return notes.getOrDefault(actionId, List.of());
    }

    /** The themes in use (not archived), in order. */
    public List<Theme> themes() {
        return focus.themes().stream().map(FocusTheme::theme).filter(t -> !t.archived()).toList();
    }

    /** The stakeholders. */
    public List<Stakeholder> stakeholders() {
        return focus.stakeholders();
    }

    /** The goals. */
    public List<Goal> goals() {
        return focus.goals();
    }

    /** The product groups in use (not archived or merged). */
    public List<ProductGroup> groups() {
        return focus.groups().stream().filter(g -> !g.archived() && g.mergedInto() == null).toList();
    }

    /** The title of an action, or empty for none. */
    public String actionTitle(Long actionId) {
        return actionId == null ? "" : actions.stream().filter(a -> a.id() == actionId).map(Action::title).findFirst()
                .orElse("");
    }

    /** The title of a contract in the register, or empty for none. */
    public String contractTitle(Long contractId) {
        return contractId == null ? "" : contracts.stream().filter(k -> k.id() == contractId).map(Contract::title)
                .findFirst().orElse("");
    }

    /** What an action is about: the contract's title, else the product group's name, else empty. */
    public String subject(Action a) {
        Optional<String> contract = contracts.stream().filter(k -> a.contractId() != null && k.id() == a.contractId())
                .map(Contract::title).findFirst();
        return contract.orElseGet(() -> focus.groups().stream().filter(g -> a.groupId() != null && g.id() == a.groupId())
                .map(ProductGroup::name).findFirst().orElse(""));
    }
}
