package nl.mviwerkboek.spend.analysis;

import nl.mviwerkboek.spend.groups.ProcurementKind;

/**
 * A sign that spend with one supplier in one product group may have needed a European tender: the
 * year's spend, four years of it as the estimated contract value, and the threshold of that year. One
 * signal per supplier and group: the latest year that reaches the threshold, and in how many years it did.
 * {@code monthsCovered} is the number of months of that year the data covers when it is only part of the year
 * (the year's spend is then what was booked in those months, not extrapolated to twelve), else 0.
 */
public record ThresholdSignal(long supplierId, String supplierName, Long groupId, String groupName,
                              ProcurementKind kind, int year, long yearlyCents, long estimatedCents,
                              long thresholdCents, int thresholdYear,
                              int yearsSignalled, int monthsCovered) {

    /** Years an estimated contract value counts (a common term of four years including options). */
    public static final int YEARS_ESTIMATED = 4;
}
