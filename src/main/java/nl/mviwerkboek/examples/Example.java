package nl.mviwerkboek.examples;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * A good example: what (title), by which organisation, for which product group and themes, the criteria used,
 * the result, the lessons, whom to ask and where to read more; {@code own} for the plan's own tenders.
 */
public record Example(long id, String title, String organisation, String productGroup, String themes,
                      String criteria, String result, String lessons, String contact, String link, boolean own) {

    /** The example with empty texts for missing ones. */
    public Example {
        organisation = text(organisation);
        productGroup = text(productGroup);
        themes = text(themes);
        criteria = text(criteria);
        result = text(result);
        lessons = text(lessons);
        contact = text(contact);
        link = text(link);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** Whether every word of {@code query} occurs somewhere in the example (ignoring case). */
    public boolean matches(String query) {
        String all = String.join(" ", title, organisation, productGroup, themes, criteria, result, lessons)
                .toLowerCase(Locale.ROOT);
        return Stream.of(query.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).allMatch(all::contains);
    }
}
