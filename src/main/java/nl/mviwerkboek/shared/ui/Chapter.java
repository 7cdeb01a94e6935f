package nl.mviwerkboek.shared.ui;

import java.util.Locale;
import nl.mviwerkboek.shared.i18n.Labelled;

/** The chapters of the workbook, in the order of the plan's life, as listed in the sidebar. */
public enum Chapter implements Labelled {
    OVERZICHT("mdi2v-view-dashboard-outline"),
    STARTEN("mdi2f-flag-outline"),
    HUIDIGE_SITUATIE("mdi2c-clipboard-text-outline"),
    SPENDANALYSE("mdi2c-chart-bar"),
    FOCUS("mdi2t-target"),
    ACTIES("mdi2c-checkbox-marked-outline"),
    VERANKERING("mdi2a-anchor"),
    MONITORING("mdi2c-chart-timeline-variant"),
    RAPPORT("mdi2f-file-document-outline");

    private final String icon;

    Chapter(String icon) {
        this.icon = icon;
    }

    /** The Ikonli icon literal shown in the sidebar. */
    public String icon() {
        return icon;
    }

    /** A short stable id, used in node ids and bundle keys ({@code huidigesituatie}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    @Override
    public String labelKey() {
        return "chapter." + id() + ".title";
    }

    /** The key of the one-line purpose of the chapter. */
    public String purposeKey() {
        return "chapter." + id() + ".purpose";
    }
}
