package nl.mviwerkboek.spend.analysis;

/** Spend of one supplier in one product group (null: not classified) in one year. */
public record SupplierGroupYear(long supplierId, String supplierName, Long groupId, int year, long cents) {
}
