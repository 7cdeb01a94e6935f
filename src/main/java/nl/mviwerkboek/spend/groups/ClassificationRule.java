package nl.mviwerkboek.spend.groups;

/** One ordered rule "lines where KIND matches VALUE belong to GROUP"; the first matching rule wins. */
public record ClassificationRule(long id, int position, RuleKind kind, String value, String valueTo, long groupId) {
}
