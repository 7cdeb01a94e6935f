package nl.mviwerkboek.actions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The actions laid out by quarter over the plan period: each dated action spans from the quarter it
 * starts in (or is due in, without a start) to the quarter it is due in, clipped to the period.
 */
public record Timeline(List<Quarter> quarters, List<Bar> bars, int undated) {

    /** One action's bar: the index of its first and last quarter in {@link #quarters()}. */
    public record Bar(Action action, int first, int last, boolean startsBefore, boolean endsAfter) {
    }

    /** The timeline of {@code actions} over the years {@code fromYear}–{@code toYear}. */
    public static Timeline of(List<Action> actions, int fromYear, int toYear) {
        List<Quarter> quarters = Quarter.ofYears(fromYear, toYear);
        Quarter firstQuarter = quarters.get(0);
        Quarter lastQuarter = quarters.get(quarters.size() - 1);
        List<Bar> bars = new ArrayList<>();
        int undated = 0;
        for (Action a : actions) {
            if (a.due() == null && a.start() == null) {
                undated++;
                continue;
            }
            Quarter from = Quarter.of(a.start() != null ? a.start() : a.due());
            Quarter to = Quarter.of(a.due() != null ? a.due() : a.start());
            if (to.compareTo(firstQuarter) < 0 || from.compareTo(lastQuarter) > 0) {
                undated++;
                continue;
            }
            boolean before = from.compareTo(firstQuarter) < 0;
            boolean after = to.compareTo(lastQuarter) > 0;
            bars.add(new Bar(a, before ? 0 : quarters.indexOf(from), after ? quarters.size() - 1 : quarters.indexOf(to),
                    before, after));
        }
        bars.sort(Comparator.comparingInt(Bar::first).thenComparingInt(Bar::last)
                .thenComparing(b -> b.action().title()));
        return new Timeline(quarters, bars, undated);
    }
}
