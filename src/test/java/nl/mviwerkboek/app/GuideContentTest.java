package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Chapter;
import org.junit.jupiter.api.Test;

/** The guide has its texts for every chapter in Dutch and English, and the about box every library. */
class GuideContentTest {

    @Test
    void everyChapterHasPurposeGoodResultAndPitfallsInBothLanguages() {
        for (Locale locale : List.of(Messages.DUTCH, Locale.ENGLISH)) {
            ResourceBundle bundle = Messages.load(locale);
            for (Chapter c : Chapter.values()) {
                for (String key : List.of(c.purposeKey(), "help." + c.id() + ".good", "help." + c.id() + ".pitfalls")) {
                    assertTrue(bundle.containsKey(key) && bundle.getString(key).length() > 60,
                            locale + " " + key + " is a real text");
                }
            }
        }
        assertTrue(!Messages.load(Messages.DUTCH).getString("help.focus.good")
                .equals(Messages.load(Locale.ENGLISH).getString("help.focus.good")), "English is translated");
    }

    @Test
    void theLicenceListNamesEachLibraryOnceWithALicence() {
        List<AboutDialog.Library> libraries = AboutDialog.libraries();
        assertTrue(libraries.size() >= 15);
        assertEquals(libraries.size(), libraries.stream().map(AboutDialog.Library::name).distinct().count());
        libraries.forEach(l -> assertTrue(!l.licence().isBlank() && l.website().startsWith("https://"), l.name()));
    }
}
