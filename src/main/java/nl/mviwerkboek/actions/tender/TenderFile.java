package nl.mviwerkboek.actions.tender;

import java.util.List;

/** Everything recorded for one tender: criteria, consultations, what was offered and expected, and effects. */
public record TenderFile(long actionId, List<TenderCriterion> criteria, List<MarketConsultation> consultations,
                         String offered, String expected, List<Effect> effects) {

    /** The file of a tender with nothing recorded yet. */
    public static TenderFile empty(long actionId) {
        return new TenderFile(actionId, List.of(), List.of(), "", "", List.of());
    }
}
