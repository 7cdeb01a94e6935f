package nl.mviwerkboek.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/**
 * The text colours of the theme (AtlantaFX Primer Light, as the app loads it) and of app.css against the
 * backgrounds they are drawn on reach the WCAG contrast ratio of 4.5:1 for normal text (EN 301 549, ADR 0032).
 * Colours are read from the two stylesheets, not copied into the test.
 */
class ContrastTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(-[a-z-]+)\\s*:\\s*([^;]+);");
    private final Map<String, String> theme = variables(read(new PrimerLight().getUserAgentStylesheet()));
    private final Map<String, Map<String, String>> app = rules(read("/nl/mviwerkboek/app/app.css"));

    @Test
    void ratioFollowsTheWcagFormula() {
        assertEquals(21.0, ratio(Color.BLACK, Color.WHITE), 0.01);
        assertEquals(1.0, ratio(Color.web("#777777"), Color.web("#777777")), 0.01);
        assertEquals(4.48, ratio(Color.web("#777777"), Color.WHITE), 0.01);
    }

    @Test
    void everyTextColourReachesFourAndAHalfToOneOnItsBackground() {
        String page = "-color-bg-default";
        String subtle = "-color-bg-subtle";
        String[][] pairs = {
            {"muted text (intro, hints, fact labels, source notes)", "-color-fg-muted", page},
            {"muted text on a subtle background (filter bar, status bar, legends)", "-color-fg-muted", subtle},
            {"sidebar heading", fill(".sidebar-heading"), bg(".sidebar")},
            {"sidebar chapter", fill(".nav-item"), bg(".sidebar")},
            {"selected chapter", fill(".nav-item:selected"), bg(".nav-item:selected")},
            {"field error", fill(".field-error"), page},
            {"link and accent text", "-color-accent-fg", page},
            {"text on an accent note (next step, coming)", "-color-fg-default", bg(".next-step")},
            {"timeline 'now'", fill(".timeline-now"), bg(".timeline-now-band")},
            {"timeline quarter", fill(".timeline-quarter"), page},
            {"suggestion kind", fill(".suggestion-kind"), bg(".suggestion-card")},
            {"quality ok", fill(".quality-ok"), page},
            {"quality missing", fill(".quality-missing"), page},
            {"trend good", fill(".trend-good"), page},
            {"trend bad", fill(".trend-bad"), page},
            {"overdue action row", "-color-fg-default", bg(".overdue-row")},
            {"skipped preview row", fill("#wizard-preview .table-row-cell:skipped .table-cell"),
                bg("#wizard-preview .table-row-cell:skipped")},
            {"problem in the preview", fill("#wizard-preview .table-cell:problem"), page},
            {"badge: complete", "-color-fg-default", bg(".state-complete")},
            {"badge: in progress", "-color-fg-default", bg(".state-in_progress")},
            {"badge: to do", "-color-fg-default", bg(".state-to_do")},
            {"badge: coming", fill(".state-coming"), bg(".state-coming")},
            {"sample banner", "-color-fg-default", bg(".sample-banner")},
            {"timeline bar", fill(".timeline-bar"), bg(".timeline-bar")},
            {"timeline bar: gepland", fill(".timeline-bar.status-gepland"), bg(".timeline-bar.status-gepland")},
            {"timeline bar: bezig", fill(".timeline-bar"), bg(".timeline-bar.status-bezig")},
            {"timeline bar: gereed", fill(".timeline-bar"), bg(".timeline-bar.status-gereed")},
            {"timeline bar: uitgesteld", fill(".timeline-bar.status-uitgesteld"),
                bg(".timeline-bar.status-uitgesteld")},
            {"timeline bar: geschrapt", fill(".timeline-bar.status-geschrapt"), bg(".timeline-bar.status-geschrapt")},
        };
        List<String> low = new ArrayList<>();
        for (String[] pair : pairs) {
            Color fg = colour(pair[1]);
            Color bg = colour(pair[2]);
            double r = ratio(fg, bg);
            if (r < 4.5) {
                low.add(String.format("%s: %s on %s is %.2f:1", pair[0], pair[1], pair[2], r));
            }
        }
        assertTrue(low.isEmpty(), "text below 4.5:1:\n" + String.join("\n", low));
    }

    /** The WCAG 2 contrast ratio of two colours: (L1 + 0.05) / (L2 + 0.05) of their relative luminances. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private String fill(String selector) {
        return property(selector, "-fx-text-fill");
    }

    private String bg(String selector) {
        return property(selector, "-fx-background-color");
    }

    private String property(String selector, String name) {
        Map<String, String> rule = app.get(selector);
        assertTrue(rule != null && rule.containsKey(name), "app.css has no " + name + " for " + selector);
        return rule.get(name);
    }

    /** A colour written as #hex, a named colour, or a variable of the theme or of app.css's .root. */
    private Color colour(String value) {
        String v = value.trim();
        for (int i = 0; i < 5 && v.startsWith("-"); i++) {
            String next = app.getOrDefault(".root", Map.of()).get(v);
            v = (next != null ? next : theme.get(v)).trim();
        }
        return Color.web(v);
    }

    private static Map<String, String> variables(String css) {
        Map<String, String> vars = new HashMap<>();
        Matcher m = DECLARATION.matcher(css);
        while (m.find()) {
            if (m.group(1).startsWith("-color-")) {
                vars.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return vars;
    }

    private static Map<String, Map<String, String>> rules(String css) {
        Map<String, Map<String, String>> rules = new HashMap<>();
        Matcher m = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (m.find()) {
            for (String selector : m.group(1).split(",")) {
                Map<String, String> decls = rules.computeIfAbsent(selector.trim(), s -> new HashMap<>());
                Matcher d = DECLARATION.matcher(m.group(2));
                while (d.find()) {
                    decls.put(d.group(1), d.group(2));
                }
            }
        }
        return rules;
    }

    private static String read(String resource) {
        String path = resource.startsWith("/") ? resource : "/" + resource;
        try (InputStream in = ContrastTest.class.getResourceAsStream(path.replace(".bss", ".css"))) {
            assertTrue(in != null, "no stylesheet " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
