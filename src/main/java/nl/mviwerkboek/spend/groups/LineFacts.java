package nl.mviwerkboek.spend.groups;

/** The fields of a spend line that classification looks at. */
public record LineFacts(long supplierId, String supplierName, String ledgerCode, String ledgerDescription,
                        String costCentre, String description, String invoiceNumber, String date,
                        long amountCents) {

    /** The key a manual assignment of this single line is remembered by, also across re-imports. */
    public String lineKey() {
        return String.join("\u001f", supplierName == null ? "" : supplierName.strip().toLowerCase(
                java.util.Locale.ROOT), nz(invoiceNumber), nz(date), Long.toString(amountCents), nz(description));
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
