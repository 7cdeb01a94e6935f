package nl.mviwerkboek.report;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** How much a document shows: the main lines (short tables, no descriptions) or everything. */
public enum ReportDetail implements Labelled {
    BEKNOPT, VOLLEDIG;

    /** Rows a table of spend, suppliers or signals shows at this level. */
    public int rowLimit() {
        return this == BEKNOPT ? 10 : 25;
    }

    /** Whether descriptions, notes and explanations are included. */
    public boolean full() {
        return this == VOLLEDIG;
    }

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The level with a stored code. */
    public static ReportDetail fromCode(String code) {
        return Codes.parse(ReportDetail.class, code);
    }

    @Override
    public String labelKey() {
        return "report.detail." + code();
    }
}
