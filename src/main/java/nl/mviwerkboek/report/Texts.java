package nl.mviwerkboek.report;

import java.time.LocalDate;
import nl.mviwerkboek.exchange.docx.Block;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/** Short formatting helpers the documents share: dates, measured values, missing values. */
final class Texts {

    /** What a document shows where a value is missing. */
    static final String NONE = "—";

    private Texts() {
    }

    static String get(String key, Object... args) {
        return Messages.get(key, args);
    }

    /** A key figure: the count, and a label that agrees with it ("1 doel", "2 doelen"). */
    static Block.Figure figure(long count, String labelKey) {
        return new Block.Figure(Formats.number(count), get(labelKey, count));
    }

    /** A key figure "5 van 11" with the label in the number of the whole; "geen" with the noun when the whole is 0. */
    static Block.Figure shareFigure(long part, long whole, String labelKey) {
        return new Block.Figure(whole == 0 ? get("doc.figure.none") : ActionsChapter.share(part, whole),
                get(labelKey, whole));
    }

    static String date(LocalDate d) {
        return d == null ? NONE : Formats.date(d);
    }

    /** The longest name a table shows whole. */
    static final int LONGEST_NAME = 120;

    /** {@code s} (a name or title in a table), cut at a word with "…" when longer than {@link #LONGEST_NAME}. */
    static String name(String s) {
        if (s == null || s.isBlank()) {
            return NONE;
        }
        String t = s.strip();
        if (t.length() <= LONGEST_NAME) {
            return t;
        }
        int cut = t.lastIndexOf(' ', LONGEST_NAME - 1);
        return t.substring(0, cut > LONGEST_NAME / 2 ? cut : LONGEST_NAME - 1).strip() + "…";
    }

    static String text(String s) {
        return s == null || s.isBlank() ? NONE : s.strip();
    }

    /** "40 %" or "12 plaatsen" with the goal's unit, or a dash. */
    static String value(Double v, String unit) {
        if (v == null) {
            return NONE;
        }
        String u = unit == null ? "" : unit.strip();
        return Formats.measure(v) + (u.isEmpty() ? "" : u.equals("%") ? " %" : " " + u);
    }

    /** "40 % (2025)". */
    static String valueInYear(Double v, String unit, Integer year) {
        return v == null ? NONE : value(v, unit) + (year == null ? "" : " (" + year + ")");
    }

    static String baseline(Goal g) {
        return valueInYear(g.baselineValue(), g.unit(), g.baselineYear());
    }

    static String target(Goal g) {
        return valueInYear(g.targetValue(), g.unit(), g.targetYear());
    }

    /** "€ 12,3 mln" for large amounts, the amount in euros otherwise. */
    static String money(long cents) {
        return Math.abs(cents) >= 100_000_000L
                ? Messages.get("praatplaat.millions", Formats.decimal(Math.round(cents / 1e7) / 10.0))
                : Formats.amountRounded(cents);
    }
}
