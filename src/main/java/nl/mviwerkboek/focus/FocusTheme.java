package nl.mviwerkboek.focus;

import java.util.List;
import nl.mviwerkboek.plan.Theme;

/**
 * A theme's place in the plan's focus: whether it is chosen, the ambition level, why, and the product
 * groups it applies to. Kept when a theme leaves the focus, so choosing it again brings it all back.
 */
public record FocusTheme(Theme theme, boolean chosen, AmbitionLevel ambition, String rationale, List<Long> groupIds) {

    /** The focus with a defensive copy of the groups. */
    public FocusTheme {
        groupIds = List.copyOf(groupIds);
    }

    /** The same focus, chosen or not. */
    public FocusTheme withChosen(boolean isChosen) {
        return new FocusTheme(theme, isChosen, ambition, rationale, groupIds);
    }
}
