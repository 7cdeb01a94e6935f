package nl.mviwerkboek.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.ActionKind;
import nl.mviwerkboek.actions.ActionNote;
import nl.mviwerkboek.actions.ActionStatus;
import nl.mviwerkboek.actions.ActionStorage;
import nl.mviwerkboek.actions.InstrumentLevel;
import nl.mviwerkboek.anchoring.AnchoringItem;
import nl.mviwerkboek.anchoring.AnchoringMeasure;
import nl.mviwerkboek.anchoring.AnchoringStatus;
import nl.mviwerkboek.anchoring.AnchoringStorage;
import nl.mviwerkboek.focus.AmbitionLevel;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.monitoring.Review;
import nl.mviwerkboek.monitoring.ReviewKind;
import nl.mviwerkboek.monitoring.ReviewStorage;
import nl.mviwerkboek.monitoring.VersionStorage;
import nl.mviwerkboek.plan.Stakeholder;
import nl.mviwerkboek.plan.StakeholderStorage;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.plan.ThemeStorage;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.ContractStorage;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.groups.ProductGroupStorage;

/**
 * How the sample plan is being run: actions as they stood when the yearly version was kept, that
 * version, the changes since (dated, so reviews show them), notes, reviews and the anchoring checklist.
 */
final class SampleRun {

    /** Actions in the sample existed from this day on, unless they came after the yearly version. */
    private static final LocalDate PLAN_START = LocalDate.of(2026, 1, 15);

    private final Map<String, Theme> themes;
    private final Map<String, ProductGroup> groups;
    private final Map<String, Stakeholder> people;
    private final Map<String, Contract> contracts;
    private final Map<String, Goal> goals;
    private final ActionStorage storage = new ActionStorage();

    private SampleRun(Connection c, Map<String, Goal> goals) throws SQLException {
        this.goals = goals;
        themes = new ThemeStorage().list(c).stream().collect(Collectors.toMap(Theme::name, Function.identity()));
        groups = new ProductGroupStorage().list(c).stream().collect(Collectors.toMap(ProductGroup::code, Function.identity()));
        people = new StakeholderStorage().list(c).stream().collect(Collectors.toMap(Stakeholder::name, Function.identity()));
        contracts = new ContractStorage().list(c).stream().collect(Collectors.toMap(Contract::title, Function.identity()));
    }

    /**
     * Writes {@code [acties]}, {@code [jaarversie]}, {@code [actienotities]}, {@code [review]} and
     * {@code [verankering]}; returns the actions by their code in the file.
     */
    static Map<String, Action> apply(Connection c, SampleDescription sample, Map<String, Goal> goals)
            throws SQLException {
        if (sample.all("acties").isEmpty()) {
            return Map.of();
        }
        SampleRun run = new SampleRun(c, goals);
        SampleDescription.Section list = sample.one("acties");
        Map<String, String[]> rows = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : list.values().entrySet()) {
            rows.put(e.getKey(), list.fields(e.getValue(), 14));
        }
        Map<String, Action> actions = new HashMap<>();
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
            String[] f = e.getValue();
            if (!f[9].equals("-")) {
                actions.put(e.getKey(), run.storage.insert(c, run.action(list, f, ActionStatus.fromCode(f[9])), PLAN_START));
            }
        }
        SampleDescription.Section version = sample.one("jaarversie");
        run.targetsThen(c, version, true);
        new VersionStorage().take(c, version.required("versie"), version.date(version.required("datum")),
                version.value("toelichting").orElse(""));
        run.targetsThen(c, version, false);
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
            String[] f = e.getValue();
            Action now = run.action(list, f, ActionStatus.fromCode(f[10]));
            Action before = actions.get(e.getKey());
            if (before == null) {
                actions.put(e.getKey(), run.storage.insert(c, now, list.date(f[11])));
            } else if (!f[11].equals("-")) {
                run.storage.update(c, now.withId(before.id()), list.date(f[11]));
            }
        }
        run.notes(c, sample, actions);
        for (SampleDescription.Section r : sample.all("review")) {
            new ReviewStorage().insert(c, new Review(0, r.date(r.required("datum")), ReviewKind.fromCode(r.required("soort")),
                    r.value("notities").orElse(""), r.value("besluiten").orElse(""),
                    r.value("volgende").map(d -> r.date(d)).orElse(null)));
        }
        run.anchoring(c, sample.one("verankering"));
        return actions;
    }

    /** Sets the goals' targets as they were in the version ({@code then}), or back to those of the file. */
    private void targetsThen(Connection c, SampleDescription.Section s, boolean then) throws SQLException {
        for (String pair : s.value("streefwaarden toen").map(v -> v.split(";")).orElse(new String[0])) {
            String[] kv = pair.split("=");
            Goal g = s.lookup(goals, kv[0].strip());
            double target = then ? Formats.parseNumber(kv[1].strip()).orElseThrow() : g.targetValue();
            new nl.mviwerkboek.focus.GoalStorage().update(c, new Goal(g.id(), g.themeId(), g.statement(), g.indicator(),
                    g.unit(), g.baselineValue(), g.baselineYear(), target, g.targetYear(), g.source(), g.ownerId()));
        }
    }

    private Action action(SampleDescription.Section s, String[] f, ActionStatus status) {
        return new Action(0, f[0], "", ActionKind.fromCode(f[1]), f[2].isEmpty() ? null : s.lookup(themes, f[2]).id(),
                f[3].isEmpty() ? null : s.lookup(goals, f[3]).id(), f[4].isEmpty() ? null : s.lookup(groups, f[4]).id(),
                f[5].isEmpty() ? null : s.lookup(contracts, f[5]).id(), f[6].isEmpty() ? null : s.lookup(people, f[6]).id(),
                s.date(f[7]), s.date(f[8]), status, f[12].isEmpty() ? null : InstrumentLevel.of(Integer.parseInt(f[12])),
                f[13].isEmpty() ? null : AmbitionLevel.of(Integer.parseInt(f[13])));
    }

    private void notes(Connection c, SampleDescription sample, Map<String, Action> actions) throws SQLException {
        for (SampleDescription.Section s : sample.all("actienotities")) {
            for (String value : s.values().values()) {
                String[] f = s.fields(value, 3);
                storage.addNote(c, new ActionNote(0, s.lookup(actions, f[0]).id(), s.date(f[1]), f[2]));
            }
        }
    }

    private void anchoring(Connection c, SampleDescription.Section s) throws SQLException {
        AnchoringStorage store = new AnchoringStorage();
        for (Map.Entry<String, String> e : s.values().entrySet()) {
            String code = e.getKey();
            String[] f = s.fields(e.getValue(), code.equals("eigen") ? 5 : 4);
            if (code.equals("eigen")) {
                store.insert(c, f[0]);
                f = java.util.Arrays.copyOfRange(f, 1, 5);
            }
            List<AnchoringItem> items = store.list(c);
            AnchoringItem item = code.equals("eigen") ? items.get(items.size() - 1) : items.stream()
                    .filter(i -> i.measure() == AnchoringMeasure.fromCode(code)).findFirst().orElseThrow();
            store.update(c, item.with(AnchoringStatus.fromCode(f[0]), f[1].isEmpty() ? null : s.lookup(people, f[1]).id(),
                    f[2], f[3].isEmpty() ? null : s.date(f[3])));
        }
    }
}
