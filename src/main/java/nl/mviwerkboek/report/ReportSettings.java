package nl.mviwerkboek.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the documents say of the plan and what the Word plan contains: status (with the adoption date
 * and body), the version on the cover, the level of detail, the sections included and an own introduction.
 */
public record ReportSettings(PlanStatus status, LocalDate adoptedOn, String adoptedBy, String versionLabel,
                             ReportDetail detail, Set<ReportSection> sections, String introduction) {

    /** The settings with a copy of the sections and empty texts for missing ones. */
    public ReportSettings {
        sections = sections.isEmpty() ? EnumSet.noneOf(ReportSection.class) : EnumSet.copyOf(sections);
        adoptedBy = adoptedBy == null ? "" : adoptedBy;
        versionLabel = versionLabel == null ? "" : versionLabel;
        introduction = introduction == null ? "" : introduction;
    }

    /** The settings of a new plan: a concept, version 1.0, everything but the internal appendix in, in full. */
    public static ReportSettings defaults() {
        return new ReportSettings(PlanStatus.CONCEPT, null, "", "1.0", ReportDetail.VOLLEDIG,
                ReportSection.byDefault(), "");
    }

    /** Whether the plan is still a concept. */
    public boolean concept() {
        return status == PlanStatus.CONCEPT;
    }

    /** Whether {@code s} is included. */
    public boolean includes(ReportSection s) {
        return sections.contains(s);
    }
}
