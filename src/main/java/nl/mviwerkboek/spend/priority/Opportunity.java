package nl.mviwerkboek.spend.priority;

import java.time.LocalDate;
import nl.mviwerkboek.spend.contracts.Contract;

/** A promising tender: a contract whose last end falls in the plan period, with its group's priority. */
public record Opportunity(Contract contract, LocalDate tenderBy, String groupName, Priority priority,
                          boolean focusGroup) {
}
