package nl.mviwerkboek.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counted nouns in the bundles agree with their number: a count placeholder is never followed directly by a
 * plural noun outside a choice format ("1 doelen"), and every choice format formats cleanly for 0, 1, 2 and 1.234.
 */
class PluralFormsTest {

    private static final Path DUTCH = Path.of("src/main/resources/nl/mviwerkboek/i18n/messages.properties");
    private static final Path ENGLISH = Path.of("src/main/resources/nl/mviwerkboek/i18n/messages_en.properties");

    /** The nouns the Dutch bundle counts (plural forms, and the "(s)" style the bundles used before). */
    static final List<String> DUTCH_NOUNS = List.of("doelen", "doel(en)", "regels", "factuurregels", "uitgavenregels",
            "acties", "actie(s)", "leveranciers", "grootste leveranciers", "contracten", "maatregelen",
            "verankeringsmaatregelen", "jaren", "import(s)", "imports", "thema''s", "focusthema''s",
            "focusthema(''s)", "productgroepen", "grootste productgroepen", "onderdelen", "punten", "successen",
            "reviews", "criteria", "effecten", "metingen", "combinaties", "jaarversies", "verschillen", "redenen",
            "voorbeelden", "kolommen", "tekens", "andere schrijfwijzen", "seconden", "dagen", "maanden", "bestanden",
            "rijen", "aanbestedingen");
    /** The English counterparts. */
    static final List<String> ENGLISH_NOUNS = List.of("goals", "goal(s)", "rows", "lines", "invoice lines",
            "spend lines", "actions", "action(s)", "suppliers", "largest suppliers", "contracts", "measures",
            "anchoring measures", "years", "import(s)", "imports", "themes", "focus themes", "focus theme(s)",
            "product groups", "largest product groups", "items", "points", "successes", "reviews", "criteria",
            "effects", "measurements", "combinations", "yearly versions", "differences", "reasons", "examples",
            "columns", "more columns", "characters", "other spellings", "seconds", "hours", "rules", "days", "months",
            "files", "tenders");
    private static final String NUMBER_PLACEHOLDER = "\\{\\d+(?:,number[^}]*)?}";
    private static final Pattern CHOICE_START = Pattern.compile("\\{\\d+,choice,");
    private static final Pattern PLACEHOLDER_INDEX = Pattern.compile("\\{(\\d+)");
    private static final Pattern APOSTROPHE_PLURAL = Pattern.compile("(\\p{L}+)'{2,4}s\\b");

    @Test
    void noCountIsFollowedByACountedNounOutsideAChoiceFormat() throws IOException {
        List<String> problems = new ArrayList<>();
        problems.addAll(countedNounsOutsideChoices(load(DUTCH), DUTCH_NOUNS, "nl"));
        problems.addAll(countedNounsOutsideChoices(load(ENGLISH), ENGLISH_NOUNS, "en"));
        assertEquals(List.of(), problems, "use {N,choice,0#geen …|1#1 …|1<{N,number,integer} …} for these");
    }

    @Test
    void theDetectorFindsTheFormsOfIssue18() {
        Properties p = new Properties();
        p.setProperty("a", "{0} doelen achter op schema");
        p.setProperty("b", "De {0} grootste productgroepen");
        p.setProperty("c", "{0} import(s), {1,number,integer} regels");
        p.setProperty("d", "{0,choice,0#geen doelen|1#1 doel|1<{0,number,integer} doelen} achter op schema");
        assertEquals(List.of("nl a: {0} doelen achter op schema", "nl b: De {0} grootste productgroepen",
                "nl c: {0} import(s), {1,number,integer} regels"), countedNounsOutsideChoices(p, DUTCH_NOUNS, "nl"));
    }

    @Test
    void everyChoiceFormatsWithoutErrorsStrayQuotesOrLostApostrophes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : List.of(DUTCH, ENGLISH)) {
            Properties p = load(file);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String pattern = p.getProperty(key);
                if (pattern.contains(",choice,")) {
                    for (long n : new long[] {0, 1, 2, 1234}) {
                        check(file.getFileName() + " " + key, pattern, n, problems);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void check(String where, String pattern, long n, List<String> problems) {
        Object[] args = new Object[maxIndex(pattern) + 1];
        Arrays.fill(args, n);
        String out;
        try {
            out = new MessageFormat(pattern, Messages.DUTCH).format(args);
        } catch (IllegalArgumentException e) {
            problems.add(where + " with " + n + ": " + e.getMessage());
            return;
        }
        if (out.contains("''") || out.contains("{") || out.contains("}")) {
            problems.add(where + " with " + n + " gives stray quotes or braces: " + out);
        }
        Matcher m = APOSTROPHE_PLURAL.matcher(pattern);
        while (m.find()) {
            if (Pattern.compile("\\b" + m.group(1) + "s\\b").matcher(out).find()) {
                problems.add(where + " with " + n + " loses the apostrophe of " + m.group(1) + "'s: " + out);
            }
        }
    }

    /** "key: pattern" for every pattern where a number placeholder stands right before a counted noun. */
    static List<String> countedNounsOutsideChoices(Properties bundle, List<String> nouns, String language) {
        String alternatives = String.join("|", nouns.stream().map(Pattern::quote).toList());
        Pattern counted = Pattern.compile(NUMBER_PLACEHOLDER + " (?:" + alternatives + ")(?![\\p{L}'(])");
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            String pattern = bundle.getProperty(key);
            if (counted.matcher(withoutChoices(pattern)).find()) {
                found.add(language + " " + key + ": " + pattern);
            }
        }
        return found;
    }

    /** The pattern with every {@code {N,choice,…}} (braces counted) replaced by a marker. */
    static String withoutChoices(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        Matcher m = CHOICE_START.matcher(pattern);
        while (m.find(i)) {
            out.append(pattern, i, m.start()).append('\u0000');
            int depth = 0;
            int j = m.start();
            for (; j < pattern.length(); j++) {
                char c = pattern.charAt(j);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            i = Math.min(j + 1, pattern.length());
        }
        return out.append(pattern.substring(i)).toString();
    }

    private static int maxIndex(String pattern) {
        int max = 0;
        Matcher m = PLACEHOLDER_INDEX.matcher(pattern);
        while (m.find()) {
            max = Math.max(max, Integer.parseInt(m.group(1)));
        }
        return max;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
