package nl.mviwerkboek.spend;

import nl.mviwerkboek.shared.i18n.Messages;

/**
 * An earlier import that seems to hold the same spend as a new one: {@code lines} of the new import fall in
 * suppliers and months with the same total there, with the same invoices too when {@code sameInvoices}.
 */
public record ImportOverlap(ImportRecord earlier, long lines, boolean sameInvoices) {

    /** "120 regels, zelfde facturen" or "120 regels, zelfde bedragen per leverancier en maand". */
    public String details() {
        return Messages.get(sameInvoices ? "spend.overlap.invoices" : "spend.overlap.amounts", lines);
    }
}
