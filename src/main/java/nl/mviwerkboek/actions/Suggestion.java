package nl.mviwerkboek.actions;

/**
 * An action the plan's state calls for: a stable key (remembered when answered), why it is suggested,
 * and the action it proposes (not stored until accepted).
 */
public record Suggestion(String key, SuggestionKind kind, String reason, Action proposal) {
}
