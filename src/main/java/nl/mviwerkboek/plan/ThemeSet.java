package nl.mviwerkboek.plan;

import nl.mviwerkboek.shared.i18n.Codes;

import java.util.List;
import nl.mviwerkboek.shared.i18n.Labelled;

/**
 * The set of MVI themes a plan starts with: the seven of the Manifest MVI 2016–2020 named in the
 * 2018 evaluation report, or the six of Manifest MVOI 2022–2025. Themes stay editable afterwards.
 */
public enum ThemeSet implements Labelled {
    REPORT_2018(List.of(
            "Milieuvriendelijk inkopen",
            "Internationale sociale voorwaarden",
            "Social return",
            "Biobased inkopen",
            "Circulair inkopen",
            "Innovatiegericht inkopen",
            "MKB-vriendelijk inkopen")),
    MANIFEST_2022(List.of(
            "Milieu en biodiversiteit",
            "Klimaat",
            "Circulair (incl. biobased)",
            "Ketenverantwoordelijkheid (internationale sociale voorwaarden)",
            "Diversiteit en inclusie",
            "Social return"));

    private final List<String> themeNames;

    ThemeSet(List<String> themeNames) {
        this.themeNames = themeNames;
    }

    /** The names of the themes a new plan gets (reference data, kept in Dutch). */
    public List<String> themeNames() {
        return themeNames;
    }

    /** The code stored in the plan file and printed by the command line. */
    public String code() {
        return Codes.of(this);
    }

    /** The set for a stored code. */
    public static ThemeSet fromCode(String code) {
        return Codes.parse(ThemeSet.class, code);
    }

    @Override
    public String labelKey() {
        return "themeset." + code();
    }
}
