package nl.mviwerkboek.anchoring;

import java.time.LocalDate;

/**
 * One line of the anchoring checklist: a standard measure (title from the app) or an own item (its
 * own title), with status, owner (a stakeholder, or null), evidence note and the date it was arranged.
 */
public record AnchoringItem(long id, AnchoringMeasure measure, String title, AnchoringStatus status, Long ownerId,
                            String evidence, LocalDate doneOn) {

    /** The title shown: the standard measure's label or the own title. */
    public String displayTitle() {
        return measure == null ? title : measure.label();
    }

    /** The same item with another status, owner, evidence and date. */
    public AnchoringItem with(AnchoringStatus newStatus, Long newOwner, String newEvidence, LocalDate newDate) {
        return new AnchoringItem(id, measure, title, newStatus, newOwner, newEvidence, newDate);
    }
}
