package nl.mviwerkboek.spend.contracts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The contracts that end or come up for renewal within a period, as dated events in order. */
public final class TenderCalendar {

    private TenderCalendar() {
    }

    /** The events between {@code from} and {@code to} (inclusive), earliest first. */
    public static List<TenderEvent> events(List<Contract> contracts, LocalDate from, LocalDate to) {
        List<TenderEvent> events = new ArrayList<>();
        for (Contract k : contracts) {
            if (k.end() == null) {
                continue;
            }
            if (k.extensionMonths() > 0 && within(k.end(), from, to)) {
                events.add(new TenderEvent(k, k.end(), TenderEvent.Kind.DECIDE_EXTENSION));
            }
            if (within(k.finalEnd(), from, to)) {
                events.add(new TenderEvent(k, k.finalEnd(), TenderEvent.Kind.NEW_TENDER));
            }
        }
        events.sort(Comparator.comparing(TenderEvent::date).thenComparing(e -> e.contract().title()));
        return events;
    }

    /** Whether the contract's last possible end falls in the period: a tender is due in the plan. */
    public static boolean endsWithin(Contract k, LocalDate from, LocalDate to) {
        return k.end() != null && within(k.finalEnd(), from, to);
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return !d.isBefore(from) && !d.isAfter(to);
    }
}
