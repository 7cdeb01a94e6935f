package nl.mviwerkboek.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter, such as K2 2027, used by the timeline and the "due this quarter" filter. */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    /** The quarter a day lies in. */
    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** Every quarter of the years {@code fromYear} to {@code toYear}, in order. */
    public static List<Quarter> ofYears(int fromYear, int toYear) {
        List<Quarter> result = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            for (int q = 1; q <= 4; q++) {
                result.add(new Quarter(y, q));
            }
        }
        return result;
    }

    /** The first day. */
    public LocalDate first() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** The last day. */
    public LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    /** Whether a day lies in it. */
    public boolean contains(LocalDate date) {
        return date != null && of(date).equals(this);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }
}
