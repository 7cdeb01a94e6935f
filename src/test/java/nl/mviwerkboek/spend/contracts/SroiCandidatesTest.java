package nl.mviwerkboek.spend.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.mviwerkboek.spend.analysis.AnalysisSettings;
import nl.mviwerkboek.spend.groups.ProcurementKind;
import nl.mviwerkboek.spend.groups.ProductGroup;
import org.junit.jupiter.api.Test;

class SroiCandidatesTest {

    private static Contract contract(long id, long group, long cents, LocalDate end, int options) {
        return new Contract(id, "Contract " + id, "", group, LocalDate.of(2024, 1, 1), end, options, "", cents,
                false, false, "", "");
    }

    private static ProductGroup group(long id, ProcurementKind kind) {
        return new ProductGroup(id, "g" + id, "c", "G" + id, "", null, kind, "", 0, false, null, false, Map.of());
    }

    @Test
    void worksAndServicesFromTheThresholdOnGetTheObligationAtThePercentage() {
        Map<Long, ProductGroup> groups = Map.of(1L, group(1, ProcurementKind.WORKS),
                2L, group(2, ProcurementKind.SUPPLIES), 3L, group(3, ProcurementKind.SERVICES));
        AnalysisSettings settings = new AnalysisSettings("", "", 25_000_000, 5);
        List<SroiCandidate> found = SroiCandidates.find(List.of(
                contract(1, 1, 100_000_000, null, 0),
                contract(2, 2, 100_000_000, null, 0),
                contract(3, 3, 25_000_000, null, 0),
                contract(4, 3, 24_999_999, null, 0)), groups, settings);
        assertEquals(List.of(1L, 3L), found.stream().map(s -> s.contract().id()).toList());
        assertEquals(5_000_000, found.get(0).obligationCents());
        assertEquals(1_250_000, found.get(1).obligationCents());
    }

    @Test
    void obligationRoundsHalfUpToWholeCents() {
        assertEquals(1, SroiCandidates.obligation(10, 5));
        assertEquals(18_750, SroiCandidates.obligation(250_000, 7.5));
    }

    @Test
    void theCalendarHasTheExtensionDecisionAndTheFinalEndInThePeriod() {
        Contract k = contract(1, 1, 1, LocalDate.of(2026, 6, 30), 24);
        List<TenderEvent> events = TenderCalendar.events(List.of(k, contract(2, 1, 1, LocalDate.of(2031, 1, 1), 0)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31));
        assertEquals(2, events.size());
        assertEquals(TenderEvent.Kind.DECIDE_EXTENSION, events.get(0).kind());
        assertEquals("2026 K2", events.get(0).quarter());
        assertEquals(LocalDate.of(2028, 6, 30), events.get(1).date());
        assertEquals(TenderEvent.Kind.NEW_TENDER, events.get(1).kind());
    }
}
