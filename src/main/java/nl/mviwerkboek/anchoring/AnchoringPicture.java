package nl.mviwerkboek.anchoring;

import java.util.List;
import nl.mviwerkboek.plan.Stakeholder;

/** The checklist with the stakeholders who can own its items. */
public record AnchoringPicture(List<AnchoringItem> items, List<Stakeholder> stakeholders) {

    /** An empty picture, shown until the first read arrives. */
    public static AnchoringPicture empty() {
        return new AnchoringPicture(List.of(), List.of());
    }
}
