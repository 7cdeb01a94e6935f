package nl.mviwerkboek.report;

import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/** The parts of the Word action plan the user can leave out, in document order. */
public enum ReportSection implements Labelled {
    SAMENVATTING, AANLEIDING, SITUATIE, SPEND, FOCUS, DOELEN, ACTIES, VERANKERING, MONITORING, COMMUNICATIE,
    BIJLAGE_ACTIES, BIJLAGE_PRODUCTGROEPEN, BIJLAGE_VOORBEELDEN, BIJLAGE_METHODE, BIJLAGE_SIGNALEN;

    /**
     * Whether this part is left out unless the officer chooses it: the internal appendix that names suppliers
     * with possible tendering obligations, not for the council's public copy.
     */
    public boolean optIn() {
        return this == BIJLAGE_SIGNALEN;
    }

    /** The parts a new plan's document includes: all but the opt-in ones. */
    public static java.util.Set<ReportSection> byDefault() {
        java.util.Set<ReportSection> all = java.util.EnumSet.allOf(ReportSection.class);
        all.removeIf(ReportSection::optIn);
        return all;
    }

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
