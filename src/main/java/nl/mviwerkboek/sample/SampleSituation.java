package nl.mviwerkboek.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.mviwerkboek.focus.AmbitionLevel;
import nl.mviwerkboek.focus.FocusStorage;
import nl.mviwerkboek.focus.FocusTheme;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.focus.GoalStorage;
import nl.mviwerkboek.focus.ProgressEntry;
import nl.mviwerkboek.focus.ProgressStorage;
import nl.mviwerkboek.inventory.InventoryItem;
import nl.mviwerkboek.inventory.InventoryKind;
import nl.mviwerkboek.inventory.InventoryService;
import nl.mviwerkboek.inventory.InventoryStorage;
import nl.mviwerkboek.inventory.MaturityScore;
import nl.mviwerkboek.inventory.MaturityStep;
import nl.mviwerkboek.inventory.MaturityStorage;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.StakeholderStorage;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.plan.ThemeStorage;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.groups.ProductGroupStorage;

/**
 * The current situation and focus of the sample plan: inventory (with the MVI contracts taken over),
 * self-assessment, focus themes, goals and progress. Themes are named, product groups by code.
 */
final class SampleSituation {

    private final Map<String, Theme> themes;
    private final Map<String, ProductGroup> groups;
    private final Map<String, Stakeholder> people;

    private SampleSituation(Connection c) throws SQLException {
        themes = new ThemeStorage().list(c).stream().collect(Collectors.toMap(Theme::name, Function.identity()));
        groups = new ProductGroupStorage().list(c).stream()
                .collect(Collectors.toMap(ProductGroup::code, Function.identity()));
        people = new StakeholderStorage().list(c).stream()
                .collect(Collectors.toMap(Stakeholder::name, Function.identity()));
    }

    /** Writes the sections {@code [inventaris …]}, {@code [zelfscan]}, {@code [focusthema]}, {@code [doel]}, {@code [meting]}; returns the goals by their code in the file. */
    static Map<String, Goal> apply(Connection c, SampleDescription sample) throws SQLException {
        SampleSituation s = new SampleSituation(c);
        if (!sample.all("inventaris mvi-contracten").isEmpty()) {
            InventoryService.takeOverMviContracts(c);
        }
        for (SampleDescription.Section item : sample.all("inventaris")) {
            new InventoryStorage().insert(c, s.item(item));
        }
        for (SampleDescription.Section score : sample.all("zelfscan")) {
            new MaturityStorage().save(c, new MaturityScore(s.theme(score, score.required("thema")),
                    MaturityStep.of(Integer.parseInt(score.required("nu"))),
                    MaturityStep.of(Integer.parseInt(score.required("doel"))), score.value("toelichting").orElse("")));
        }
        for (SampleDescription.Section f : sample.all("focusthema")) {
            new FocusStorage().save(c, new FocusTheme(s.theme(f, f.required("thema")), true,
                    AmbitionLevel.of(Integer.parseInt(f.required("ambitie"))), f.required("onderbouwing"),
                    s.groupIds(f, f.value("productgroepen").orElse(""))));
        }
        Map<String, Goal> goals = new HashMap<>();
        for (SampleDescription.Section g : sample.all("doel")) {
            goals.put(g.required("code"), new GoalStorage().insert(c, s.goal(g)));
        }
        for (SampleDescription.Section m : sample.all("meting")) {
            Goal goal = goals.get(m.required("doel"));
            if (goal == null) {
                throw new IllegalArgumentException("Line " + m.line() + ": no [doel] with code " + m.required("doel"));
            }
            new ProgressStorage().insert(c, new ProgressEntry(0, goal.id(), date(m, "datum"),
                    number(m, "waarde"), m.value("toelichting").orElse("")));
        }
        return goals;
    }

    private InventoryItem item(SampleDescription.Section s) {
        List<Long> themeIds = names(s.value("thema's").orElse("")).stream().map(n -> theme(s, n).id()).toList();
        Long group = s.value("productgroep").map(code -> group(s, code).id()).orElse(null);
        return new InventoryItem(0, InventoryKind.fromCode(s.required("soort")), s.required("titel"),
                s.value("omschrijving").orElse(""), themeIds, group, s.value("datum").map(d -> date(s, "datum"))
                .orElse(null), s.value("link").orElse(""), null);
    }

    private Goal goal(SampleDescription.Section g) {
        Long owner = g.value("eigenaar").map(name -> {
            Stakeholder p = people.get(name);
            if (p == null) {
                throw new IllegalArgumentException("Line " + g.line() + ": no stakeholder " + name);
            }
            return p.id();
        }).orElse(null);
        return new Goal(0, theme(g, g.required("thema")).id(), g.required("doel"), g.value("indicator").orElse(""),
                g.value("eenheid").orElse(""), g.value("nulmeting").map(v -> number(g, "nulmeting")).orElse(null),
                g.value("nulmeting jaar").map(Integer::parseInt).orElse(null),
                g.value("streefwaarde").map(v -> number(g, "streefwaarde")).orElse(null),
                g.value("streefjaar").map(Integer::parseInt).orElse(null), g.value("bron").orElse(""), owner);
    }

    private Theme theme(SampleDescription.Section s, String name) {
        Theme t = themes.get(name);
        if (t == null) {
            throw new IllegalArgumentException("Line " + s.line() + ": no theme " + name);
        }
        return t;
    }

    private ProductGroup group(SampleDescription.Section s, String code) {
        ProductGroup g = groups.get(code);
        if (g == null) {
            throw new IllegalArgumentException("Line " + s.line() + ": no product group " + code);
        }
        return g;
    }

    private List<Long> groupIds(SampleDescription.Section s, String codes) {
        return names(codes).stream().map(code -> group(s, code).id()).toList();
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(";")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    private static java.time.LocalDate date(SampleDescription.Section s, String key) {
        return Formats.parseDate(s.required(key)).orElseThrow(() -> new IllegalArgumentException(
                "Line " + s.line() + ": " + key + " is not a date"));
    }

    private static double number(SampleDescription.Section s, String key) {
        return Formats.parseNumber(s.required(key)).orElseThrow(() -> new IllegalArgumentException(
                "Line " + s.line() + ": " + key + " is not a number"));
    }
}
