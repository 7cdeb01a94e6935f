package nl.mviwerkboek.spend.priority;

import java.time.LocalDate;
import java.util.List;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.SroiCandidate;
import nl.mviwerkboek.spend.contracts.TenderEvent;

/**
 * The priorities of a plan: the ranked product groups, the tender calendar and promising tenders in
 * the plan period, the SROI candidates, and what the praatplaat's title needs.
 */
public record PriorityPicture(String organisation, int periodStart, int periodEnd, List<String> themes,
                              List<GroupPriority> groups, List<Contract> contracts, List<TenderEvent> calendar,
                              List<Opportunity> opportunities, List<SroiCandidate> sroi) {

    /** The first day of the plan period. */
    public LocalDate from() {
        return LocalDate.of(periodStart, 1, 1);
    }

    /** The last day of the plan period. */
    public LocalDate to() {
        return LocalDate.of(periodEnd, 12, 31);
    }
}
