package nl.mviwerkboek.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fixed keys read right for 0, 1 and 2 in Dutch and English, including the sentences issue 18 names. */
class PluralSamplesTest {

    @AfterEach
    void backToDutch() {
        Messages.setLocale(Messages.DUTCH);
    }

    @Test
    void dutchCountsAgreeWithTheirNumberAndSayGeenForZero() {
        Messages.setLocale(Messages.DUTCH);
        assertForms("overview.monitoring.behind", "Geen doelen achter op schema", "1 doel achter op schema",
                "2 doelen achter op schema");
        assertForms("overview.focus.goals.done", "Geen doelen bij de focusthema's", "1 doel bij de focusthema's",
                "2 doelen bij de focusthema's");
        assertForms("focus.count", "Geen focusthema's gekozen", "1 focusthema gekozen", "2 focusthema's gekozen");
        assertForms("overview.actions.overdue", "Geen acties zijn over hun datum", "1 actie is over de datum",
                "2 acties zijn over hun datum");
        assertForms("overview.monitoring.versions.done", "Geen jaarversies vastgelegd", "1 jaarversie vastgelegd",
                "2 jaarversies vastgelegd");
        assertForms("thresholds.moreYears", "Dit geldt in geen jaren.", "Dit geldt in 1 jaar.", "Dit geldt in 2 jaren.");
        assertForms("doc.appendix.actions.caption", "Geen acties", "De ene actie", "Alle 2 acties");
        assertForms("doc.figure.goals", "doelen", "doel", "doelen");
        assertEquals("1.234 doelen achter op schema", Messages.get("overview.monitoring.behind", 1234L));
        assertEquals("Nog geen doelen", Messages.get("goal.measurableCount", 0, 0));
        assertEquals("1 van 1 doel meetbaar", Messages.get("goal.measurableCount", 1, 1));
        assertEquals("4 van 7 doelen meetbaar", Messages.get("goal.measurableCount", 4, 7));
        assertEquals("Geen imports: geen regels van geen leveranciers",
                Messages.get("overview.spend.import.done", 0L, 0L, 0L));
        assertEquals("1 import: 1 regel van 1 leverancier", Messages.get("overview.spend.import.done", 1L, 1L, 1L));
        assertEquals("3 imports: 29.989 regels van 1.706 leveranciers",
                Messages.get("overview.spend.import.done", 3L, 29_989L, 1_706L));
        assertEquals("Manifest (1 thema in gebruik; je beheert ze hieronder bij Thema's)",
                Messages.get("starten.themes.summary", "Manifest", 1L));
        assertEquals("Manifest (6 thema's in gebruik; je beheert ze hieronder bij Thema's)",
                Messages.get("starten.themes.summary", "Manifest", 6L));
        assertEquals("1 uur per week", Messages.get("overview.fact.capacity.value", 1.0));
        assertEquals("12,5 uur per week", Messages.get("overview.fact.capacity.value", 12.5));
    }

    @Test
    void englishCountsAgreeWithTheirNumberAndSayNoForZero() {
        Messages.setLocale(Locale.ENGLISH);
        assertForms("overview.monitoring.behind", "No goals behind schedule", "1 goal behind schedule",
                "2 goals behind schedule");
        assertForms("focus.count", "No focus themes chosen", "1 focus theme chosen", "2 focus themes chosen");
        assertForms("overview.actions.overdue", "No actions are past their due date", "1 action is past its due date",
                "2 actions are past their due date");
        assertForms("doc.spend.chart.groups", "The largest product groups", "The largest product group",
                "The 2 largest product groups");
        assertForms("doc.figure.goals", "goals", "goal", "goals");
        assertEquals("No goals yet", Messages.get("goal.measurableCount", 0, 0));
        assertEquals("3 of 7 goals measurable", Messages.get("goal.measurableCount", 3, 7));
        assertEquals("1 import: 1 row from 1 supplier", Messages.get("overview.spend.import.done", 1L, 1L, 1L));
        assertEquals("1 hour per week", Messages.get("overview.fact.capacity.value", 1.0));
        assertEquals("12,5 hours per week", Messages.get("overview.fact.capacity.value", 12.5));
    }

    @Test
    void theSentencesOfIssue18ReadAsDutch() {
        Messages.setLocale(Messages.DUTCH);
        // "1 doelen achter op schema" (the progress report's key figure and the overview)
        assertEquals("doel achter op schema", Messages.get("doc.progress.figure.behind", 1L));
        assertEquals("1 doel achter op schema", Messages.get("overview.monitoring.behind", 1L));
        // "De 1 grootste productgroepen"
        assertEquals("De grootste productgroep", Messages.get("doc.spend.chart.groups", 1));
        assertEquals("De grootste productgroep", Messages.get("doc.spend.groups.caption", 1));
        assertEquals("De 10 grootste leveranciers", Messages.get("doc.spend.top.caption", 10));
        // "over de jaren 2025–2025"
        assertEquals("2025", Formats.yearRange(2025, 2025));
        assertEquals("2022–2025", Formats.yearRange("2022", "2025"));
        String oneYear = Messages.get("doc.spend.intro", "€ 3,6 mln", 1,
                Messages.get("doc.spend.years", Formats.yearRange("2025", "2025")), "12%");
        assertTrue(oneYear.startsWith("De analyse omvat € 3,6 mln aan uitgaven bij 1 leverancier, over 2025. "), oneYear);
        String years = Messages.get("doc.spend.intro", "€ 3,6 mln", 1706,
                Messages.get("doc.spend.span", "02-01-2022", "29-12-2025"), "12%");
        assertTrue(years.startsWith("De analyse omvat € 3,6 mln aan uitgaven bij 1.706 leveranciers, geboekt van "
                + "02-01-2022 tot en met 29-12-2025. "), years);
        // "lopen 0 contracten af"
        assertEquals("In de planperiode 2026–2029 lopen geen contracten af.",
                Messages.get("doc.spend.calendar.text", 0, "2026–2029"));
        assertTrue(Messages.get("doc.spend.calendar.text", 1, "2026").startsWith(
                "In de planperiode 2026 loopt 1 contract af of moet over verlenging worden besloten."));
        // "0 van 0 doelen" (a key figure without any goal reads "geen doelen")
        assertEquals("geen", Messages.get("doc.figure.none"));
        assertEquals("doelen", Messages.get("doc.progress.figure.onTrack", 0L));
        assertEquals("doel op koers of gehaald", Messages.get("doc.progress.figure.onTrack", 1L));
        assertEquals("Nog geen doelen", Messages.get("goal.measurableCount", 0, 0));
        // "Nu is 5 van 11 geregeld"
        assertTrue(Messages.get("doc.anchoring.intro", 5L, 11L)
                .endsWith("organisatie. Het gaat om 11 maatregelen. Daarvan zijn er nu 5 geregeld."));
        assertTrue(Messages.get("doc.anchoring.intro", 1L, 11L).endsWith("Daarvan is er nu 1 geregeld."));
        assertTrue(Messages.get("doc.anchoring.intro", 0L, 1L)
                .endsWith("Het gaat om 1 maatregel. Er is nog geen enkele geregeld."));
        assertTrue(Messages.get("doc.anchoring.intro", 0L, 0L).endsWith("Geen van de maatregelen is van toepassing. "
                + "Er is nog geen enkele geregeld."));
    }

    @Test
    void aPlanPeriodOfOneYearIsWrittenAsThatYear() {
        Messages.setLocale(Messages.DUTCH);
        for (String key : List.of("overview.starten.period", "cli.summary.period", "calendar.period",
                "praatplaat.subtitle")) {
            String text = Messages.get(key, Formats.yearRange(2026, 2026));
            assertTrue(text.contains(" 2026") && !text.contains("2026–"), key + ": " + text);
        }
        assertEquals("Planperiode 2026–2029 vastgelegd",
                Messages.get("overview.starten.period", Formats.yearRange(2026, 2029)));
    }

    private static void assertForms(String key, String zero, String one, String two) {
        assertEquals(List.of(zero, one, two), List.of(Messages.get(key, 0L), Messages.get(key, 1L), Messages.get(key, 2L)),
                key);
    }
}
