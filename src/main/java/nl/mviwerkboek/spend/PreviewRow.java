package nl.mviwerkboek.spend;

import nl.mviwerkboek.spend.parse.SpendField;

/** One row of the import preview as it will be stored, or as it is with the reason it will be skipped. */
public record PreviewRow(String row, String supplier, String date, String amount, String ledger, String costCentre,
                         String description, String remark, boolean skipped, SpendField problemField) {
}
