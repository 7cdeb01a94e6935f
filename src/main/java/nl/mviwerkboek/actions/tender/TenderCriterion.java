package nl.mviwerkboek.actions.tender;

import nl.mviwerkboek.focus.AmbitionLevel;

/**
 * An MVI criterion chosen for a tender: its type, theme (optional), ambition level (optional), the number in
 * PIANOo's MVI-criteriatool when taken from it (the app links to the tool and does not copy its texts), and the
 * text as used in the tender.
 */
public record TenderCriterion(long id, long actionId, CriterionType type, Long themeId, AmbitionLevel ambition,
                              String toolNumber, String text) {

    /** The criterion with empty texts for missing ones. */
    public TenderCriterion {
        toolNumber = toolNumber == null ? "" : toolNumber.strip();
    }
}
