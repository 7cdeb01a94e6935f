package nl.mviwerkboek.spend.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.mviwerkboek.spend.groups.ProcurementKind;
import nl.mviwerkboek.spend.groups.ProductGroup;
import org.junit.jupiter.api.Test;

class ThresholdSignalsTest {

    private static final List<EuThreshold> TABLE = List.of(
            new EuThreshold(2024, 22_100_000, 553_800_000, 75_000_000),
            new EuThreshold(2025, 22_100_000, 553_800_000, 75_000_000),
            new EuThreshold(2026, 21_600_000, 540_400_000, 75_000_000),
            new EuThreshold(2027, 21_600_000, 540_400_000, 75_000_000));

    private static ProductGroup group(long id, ProcurementKind kind) {
        return new ProductGroup(id, "g" + id, "c", "Groep " + id, "", null, kind, "", 0, false, null, false,
                Map.of());
    }

    @Test
    void theThresholdOfTheYearDecides() {
        Map<Long, ProductGroup> groups = Map.of(1L, group(1, ProcurementKind.SERVICES));
        // € 54.500 a year = € 218.000 over four years: under the 2025 threshold, over the 2026 one
        List<ThresholdSignal> signals = ThresholdSignals.find(List.of(
                new SupplierGroupYear(7, "Schoonmaak BV", 1L, 2025, 5_450_000),
                new SupplierGroupYear(7, "Schoonmaak BV", 1L, 2026, 5_450_000)), groups, TABLE, List.of());
        assertEquals(1, signals.size());
        ThresholdSignal s = signals.get(0);
        assertEquals(2026, s.year());
        assertEquals(21_800_000, s.estimatedCents());
        assertEquals(21_600_000, s.thresholdCents());
    }

    @Test
    void worksAndSocialServicesHaveTheirOwnThresholds() {
        Map<Long, ProductGroup> groups = Map.of(1L, group(1, ProcurementKind.WORKS),
                2L, group(2, ProcurementKind.SOCIAL));
        List<ThresholdSignal> signals = ThresholdSignals.find(List.of(
                new SupplierGroupYear(1, "Bouw", 1L, 2026, 130_000_000),
                new SupplierGroupYear(2, "Bouw 2", 1L, 2026, 140_000_000),
                new SupplierGroupYear(3, "Zorg", 2L, 2026, 18_000_000),
                new SupplierGroupYear(4, "Zorg 2", 2L, 2026, 19_000_000)), groups, TABLE, List.of());
        assertEquals(List.of("Bouw 2", "Zorg 2"), signals.stream().map(ThresholdSignal::supplierName).toList());
    }

    @Test
    void unclassifiedSpendCountsAsServicesAndYearsOutsideTheTableAreNotChecked() {
        List<ThresholdSignal> signals = ThresholdSignals.find(List.of(
                new SupplierGroupYear(1, "Onbekend", null, 2027, 5_500_000),
                new SupplierGroupYear(2, "Later", null, 2030, 9_500_000),
                new SupplierGroupYear(3, "Eerder", null, 2013, 9_500_000)), Map.of(), TABLE, List.of());
        assertEquals(List.of("Onbekend"), signals.stream().map(ThresholdSignal::supplierName).toList(),
                "2013 and 2030 have no threshold in the table: unknown, not the nearest year's");
        assertEquals(ProcurementKind.SERVICES, signals.get(0).kind());
        assertEquals(2027, signals.get(0).thresholdYear());
        assertEquals(null, ThresholdSignals.applicable(TABLE, 2010));
        assertEquals(null, ThresholdSignals.applicable(TABLE, 2028));
    }

    @Test
    void aPartYearIsCheckedOnWhatWasBookedAndSaysSo() {
        List<ThresholdSignal> signals = ThresholdSignals.find(List.of(new SupplierGroupYear(1, "April", null, 2025,
                6_000_000)), Map.of(), TABLE, List.of(new YearCoverage(2025, java.time.LocalDate.of(2025, 4, 1),
                java.time.LocalDate.of(2025, 4, 25), 1)));
        assertEquals(24_000_000, signals.get(0).estimatedCents(), "four times what was booked, not twelve months' worth");
        assertEquals(1, signals.get(0).monthsCovered());
        assertTrue(ThresholdsViewModel.reasoning(signals.get(0)).contains("1 van de twaalf maanden"));
    }

    @Test
    void creditsNeverSignal() {
        assertTrue(ThresholdSignals.find(List.of(new SupplierGroupYear(1, "X", null, 2026, -90_000_000)),
                Map.of(), TABLE, List.of()).isEmpty());
    }
}
