package nl.mviwerkboek.spend;

import java.util.List;
import nl.mviwerkboek.exchange.SheetCell;
import nl.mviwerkboek.spend.parse.ColumnVote;
import nl.mviwerkboek.spend.parse.DateOrder;
import nl.mviwerkboek.spend.parse.DecimalStyle;
import nl.mviwerkboek.spend.parse.SpendField;

/** The decimal separator of the amount column and the day-month order of the date column. */
public record ColumnStyles(DecimalStyle amounts, DateOrder dates) {

    /** Dutch defaults: decimal comma, day first. */
    public static final ColumnStyles DUTCH = new ColumnStyles(DecimalStyle.COMMA, DateOrder.DAY_MONTH);

    /** Decides both from the values of the mapped columns in the sample rows. */
    public static ColumnStyles decide(List<List<SheetCell>> rows, ColumnMapping mapping) {
        ColumnVote<DecimalStyle> amounts = ColumnVote.decimals();
        ColumnVote<DateOrder> dates = ColumnVote.dates();
        for (List<SheetCell> row : rows) {
            mapping.column(SpendField.AMOUNT).filter(c -> c < row.size())
                    .map(row::get).filter(c -> c.kind() == SheetCell.Kind.TEXT).ifPresent(c -> amounts.add(c.text()));
            mapping.column(SpendField.DATE).filter(c -> c < row.size())
                    .map(row::get).filter(c -> c.kind() == SheetCell.Kind.TEXT).ifPresent(c -> dates.add(c.text()));
        }
        return new ColumnStyles(amounts.decision(), dates.decision());
    }
}
