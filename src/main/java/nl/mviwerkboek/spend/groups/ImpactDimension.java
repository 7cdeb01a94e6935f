package nl.mviwerkboek.spend.groups;

import java.util.Locale;
import java.util.Optional;
import nl.mviwerkboek.shared.i18n.Codes;
import nl.mviwerkboek.shared.i18n.Labelled;

/**
 * The kinds of impact a product group's indicative scores are given for. Each theme of a plan maps
 * to one by its name, so both theme sets (2018 report and Manifest 2022) and renamed themes work.
 */
public enum ImpactDimension implements Labelled {
    MILIEU, KLIMAAT, CIRCULAIR, KETEN, SOCIAAL, MKB;

    /** The code stored in the plan file. */
    public String code() {
        return Codes.of(this);
    }

    /** The dimension for a stored code. */
    public static ImpactDimension fromCode(String code) {
        return Codes.parse(ImpactDimension.class, code);
    }

    /** The dimension a theme's name points to, if any ("Circulair inkopen" → CIRCULAIR). */
    public static Optional<ImpactDimension> forTheme(String themeName) {
        String n = themeName.toLowerCase(Locale.ROOT);
        if (n.contains("keten") || n.contains("internationale sociale")) {
            return Optional.of(KETEN);
        }
        if (n.contains("social return") || n.contains("inclusie") || n.contains("diversiteit")
                || n.contains("sroi")) {
            return Optional.of(SOCIAAL);
        }
        if (n.contains("circul") || n.contains("biobased")) {
            return Optional.of(CIRCULAIR);
        }
        if (n.contains("klimaat") || n.contains("energie") || n.contains("co2")) {
            return Optional.of(KLIMAAT);
        }
        if (n.contains("mkb") || n.contains("innovat")) {
            return Optional.of(MKB);
        }
        if (n.contains("milieu") || n.contains("biodivers")) {
            return Optional.of(MILIEU);
        }
        return Optional.empty();
    }

    @Override
    public String labelKey() {
        return "impact." + code();
    }
}
