package nl.mviwerkboek.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.anchoring.AnchoringStatus;

/**
 * The parts of the plan with nothing filled in yet. The document leaves them out and names them in one line
 * ("Nog niet ingevuld: …"), so that a new plan's first document is short and has no tables of dashes.
 */
final class EmptyParts {

    private EmptyParts() {
    }

    /** Whether {@code section} has nothing of its own to show for the plan in {@code s}. */
    static boolean empty(ReportSources s, ReportSection section) {
        return switch (section) {
            case SAMENVATTING, AANLEIDING, BIJLAGE_METHODE -> false;
            case SITUATIE -> s.situation().items().isEmpty() && s.situation().maturity().stream()
                    .allMatch(m -> m.current() == null && m.target() == null);
            case SPEND, BIJLAGE_PRODUCTGROEPEN -> s.spend().totalCents() == 0;
            case FOCUS -> s.focus().chosen().isEmpty();
            case DOELEN -> s.focus().goals().isEmpty();
            case ACTIES, BIJLAGE_ACTIES -> s.actions().actions().isEmpty();
            case VERANKERING -> s.anchoring().items().stream().allMatch(i -> i.status() == AnchoringStatus.OPEN
                    && i.ownerId() == null && i.doneOn() == null && (i.evidence() == null || i.evidence().isBlank()));
            case MONITORING -> s.focus().goals().isEmpty() && s.monitoring().reviews().isEmpty()
                    && s.monitoring().effects().isEmpty();
            case COMMUNICATIE -> s.stakeholders().isEmpty() && s.successes().isEmpty() && s.actions().actions().stream()
                    .noneMatch(a -> a.kind() == ActionKind.COMMUNICATIE || a.kind() == ActionKind.MARKTCONSULTATIE);
            case BIJLAGE_VOORBEELDEN -> s.examples().isEmpty();
            case BIJLAGE_SIGNALEN -> s.spend().signals().isEmpty();
        };
    }

    /** Whether the document shows {@code section}: chosen and not empty. */
    static boolean shown(ReportSources s, ReportSection section) {
        return s.settings().includes(section) && !empty(s, section);
    }

    /** The chosen chapters left out for being empty, by name in lower case; appendices go with their chapter. */
    static List<String> folded(ReportSources s) {
        List<String> names = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            if (s.settings().includes(section) && empty(s, section)
                    && (!section.appendix() || section == ReportSection.BIJLAGE_VOORBEELDEN)) {
                String label = section.label();
                names.add(label.substring(label.indexOf(':') + 1).strip().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** "Nog niet ingevuld: focus en ambities, doelen en acties." or "" when nothing is left out. */
    static String line(ReportSources s) {
        List<String> names = folded(s);
        if (names.isEmpty()) {
            return "";
        }
        String joined = names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1))
                + Texts.get("doc.empty.and") + names.get(names.size() - 1);
        return Texts.get("doc.empty.line", joined);
    }
}
