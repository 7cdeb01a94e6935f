package nl.mviwerkboek.spend;

import java.time.LocalDate;

/** One spend line as it will be stored, read from a row of an export. Optional texts may be null. */
public record ParsedLine(long row, String supplierName, String supplierNumber, long amountCents, LocalDate date,
                         int year, String ledgerCode, String ledgerDescription, String costCentre,
                         String description, String invoiceNumber, String kvk, String vatNumber, String postcode,
                         String city) {
}
