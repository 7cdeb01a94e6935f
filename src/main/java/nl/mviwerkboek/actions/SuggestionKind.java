package nl.mviwerkboek.actions;

import nl.mviwerkboek.shared.i18n.Labelled;

/** Why the app suggests an action: a tender coming up, a goal without owner or action, a focus theme without action, no budget holder. */
public enum SuggestionKind implements Labelled {
    TENDER, GOAL_OWNER, GOAL_ACTION, THEME_ACTION, BUDGET_HOLDER;

    @Override
    public String labelKey() {
        return "suggestion.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
