package nl.mviwerkboek.focus;

import java.util.List;
import java.util.Map;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.spend.groups.ProductGroup;

/**
 * What the "Focus" chapter shows, read in one go: the focus of each theme, the product groups and
 * stakeholders to choose from, the goals and their progress entries.
 */
public record FocusPicture(List<FocusTheme> themes, List<ProductGroup> groups, List<Stakeholder> stakeholders,
                           List<Goal> goals, Map<Long, List<ProgressEntry>> progress) {

    /** An empty picture, shown until the first read arrives. */
    public static FocusPicture empty() {
        return new FocusPicture(List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    /** The chosen focus themes, in theme order. */
    public List<FocusTheme> chosen() {
        return themes.stream().filter(FocusTheme::chosen).toList();
    }

    /** The progress entries of a goal, by date. */
    public List<ProgressEntry> progressOf(long goalId) {
        return progress.getOrDefault(goalId, List.of());
    }

    /** The name of a theme (also an archived one), or empty for none. */
    public String themeName(Long themeId) {
        return themeId == null ? "" : themes.stream().map(FocusTheme::theme).filter(t -> t.id() == themeId)
                .map(nl.mviwerkboek.plan.Theme::name).findFirst().orElse("");
    }

    /** The statement of a goal, or empty for none. */
    public String goalStatement(Long goalId) {
        return goalId == null ? "" : goals.stream().filter(g -> g.id() == goalId).map(Goal::statement).findFirst()
                .orElse("");
    }

    /** The name of a stakeholder, or empty for none. */
    public String ownerName(Long stakeholderId) {
        return stakeholderId == null ? "" : stakeholders.stream().filter(s -> s.id() == stakeholderId)
                .map(Stakeholder::name).findFirst().orElse("");
    }
}
