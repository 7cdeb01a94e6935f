package nl.mviwerkboek.spend.analysis;

/** Spend of one supplier (merged suppliers counted under the one they were merged into). */
public record SupplierSpend(long supplierId, String name, String kvk, String postcode, String city, String size,
                            long lines, long cents) {
}
