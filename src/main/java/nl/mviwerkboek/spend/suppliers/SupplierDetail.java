package nl.mviwerkboek.spend.suppliers;

import java.util.List;

/**
 * Everything known about one supplier (with the suppliers merged into it): names seen, KvK, place,
 * size, spend per year and per product group, and its largest lines.
 */
public record SupplierDetail(long id, String name, String kvk, String postcode, String city, String size,
                             List<String> names, List<YearGroupSpend> spend, List<Line> lines, long lineCount) {

    /** Spend in one year and product group (group name null: not classified). */
    public record YearGroupSpend(int year, String groupName, long cents) {
    }

    /** One spend line, with its product group name (null: not classified). */
    public record Line(long id, String date, int year, String printedName, String invoiceNumber, String ledger,
                       String description, String groupName, long cents, String lineKey) {
    }

    /** How many lines the detail shows at most (the largest first). */
    public static final int LINES_SHOWN = 500;
}
