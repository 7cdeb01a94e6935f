package nl.mviwerkboek.actions.tender;

import java.time.LocalDate;

/** A market consultation for a tender: when, how, with whom, what was learned and how it changed the request. */
public record MarketConsultation(long id, long actionId, LocalDate date, ConsultationForm form, String parties,
                                 String learned, String changed) {

    /** The consultation with empty texts for missing ones. */
    public MarketConsultation {
        parties = parties == null ? "" : parties;
        learned = learned == null ? "" : learned;
        changed = changed == null ? "" : changed;
    }
}
