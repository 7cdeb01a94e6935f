package nl.mviwerkboek.spend.analysis;

import java.util.List;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/**
 * Sentences that say what the spend covers, shared by the Drempels tab and the documents: which years are
 * only partly in the data (and that they are not extrapolated), and for which years the threshold is unknown.
 */
public final class CoverageNotes {

    private CoverageNotes() {
    }

    /** "01-04-2013 t/m 25-04-2013" for a year with dated lines, else the year. */
    public static String span(YearCoverage y) {
        return y.first() == null ? String.valueOf(y.year())
                : Messages.get("coverage.span", Formats.date(y.first()), Formats.date(y.last()));
    }

    /** The partial years and what that means for their amounts, or "" when every year is whole. */
    public static String partial(SpendPicture p) {
        List<YearCoverage> partial = p.partialYears();
        if (partial.isEmpty()) {
            return "";
        }
        return Messages.get("coverage.partial", String.join("; ", partial.stream()
                .map(y -> Messages.get("coverage.partial.year", String.valueOf(y.year()), span(y))).toList()));
    }

    /** The years with spend whose threshold is not in the table, or "" when there are none. */
    public static String unknownThresholds(SpendPicture p) {
        if (p.thresholds().isEmpty()) {
            return "";
        }
        List<String> years = p.coverage().stream().map(YearCoverage::year)
                .filter(y -> ThresholdSignals.applicable(p.thresholds(), y) == null).map(String::valueOf).toList();
        if (years.isEmpty()) {
            return "";
        }
        int first = p.thresholds().stream().mapToInt(EuThreshold::year).min().orElseThrow();
        int last = p.thresholds().stream().mapToInt(EuThreshold::year).max().orElseThrow();
        return Messages.get("coverage.unknownThresholds", String.join(", ", years), String.valueOf(first),
                String.valueOf(last));
    }
}
