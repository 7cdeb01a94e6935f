package nl.mviwerkboek.report;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** The parts of the Word action plan the user can leave out, in document order. */
public enum ReportSection implements Labelled {
    SAMENVATTING, AANLEIDING, SITUATIE, SPEND, FOCUS, DOELEN, ACTIES, VERANKERING, MONITORING, COMMUNICATIE,
    BIJLAGE_ACTIES, BIJLAGE_PRODUCTGROEPEN, BIJLAGE_VOORBEELDEN, BIJLAGE_METHODE;

    /** Whether this part is an appendix. */
    public boolean appendix() {
        return name().startsWith("BIJLAGE");
    }

    /** The stored code. */
    public String code() {
        return Codes.of(this);
    }

    /** The section with a stored code. */
    public static ReportSection fromCode(String code) {
        return Codes.parse(ReportSection.class, code);
    }

    @Override
    public String labelKey() {
        return "report.section." + code();
    }
}
