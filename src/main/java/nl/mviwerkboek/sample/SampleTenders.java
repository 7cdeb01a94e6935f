package nl.mviwerkboek.sample;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.mviwerkboek.actions.Action;
import nl.mviwerkboek.actions.tender.ConsultationForm;
import nl.mviwerkboek.actions.tender.CriterionType;
import nl.mviwerkboek.actions.tender.Effect;
import nl.mviwerkboek.actions.tender.EffectKind;
import nl.mviwerkboek.actions.tender.EffectStorage;
import nl.mviwerkboek.actions.tender.MarketConsultation;
import nl.mviwerkboek.actions.tender.TenderCriterion;
import nl.mviwerkboek.actions.tender.TenderStorage;
import nl.mviwerkboek.examples.Example;
import nl.mviwerkboek.examples.ExampleStorage;
import nl.mviwerkboek.focus.AmbitionLevel;
import nl.mviwerkboek.focus.Goal;
import nl.mviwerkboek.plan.Theme;
import nl.mviwerkboek.plan.ThemeStorage;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.ContractStorage;
import nl.mviwerkboek.shared.i18n.Formats;

/** Writes the sample's {@code [criteria]}, {@code [marktconsultaties]}, {@code [na-gunning]}, {@code [effecten]} and {@code [voorbeelden]}. */
final class SampleTenders {

    private SampleTenders() {
    }

    static void apply(Connection c, SampleDescription sample, Map<String, Action> actions, Map<String, Goal> goals)
            throws SQLException {
        Map<String, Theme> themes = new ThemeStorage().list(c).stream()
                .collect(Collectors.toMap(Theme::name, Function.identity()));
        TenderStorage tenders = new TenderStorage();
        for (SampleDescription.Section s : sample.all("criteria")) {
            for (String value : s.values().values()) {
                String[] f = s.fields(value, 6);
                tenders.insert(c, new TenderCriterion(0, s.lookup(actions, f[0]).id(), CriterionType.fromCode(f[1]),
                        f[2].isEmpty() ? null : s.lookup(themes, f[2]).id(),
                        f[3].isEmpty() ? null : AmbitionLevel.of(Integer.parseInt(f[3])), f[4], f[5]));
            }
        }
        for (SampleDescription.Section s : sample.all("marktconsultaties")) {
            for (String value : s.values().values()) {
                String[] f = s.fields(value, 6);
                tenders.insert(c, new MarketConsultation(0, s.lookup(actions, f[0]).id(), s.date(f[1]),
                        ConsultationForm.fromCode(f[2]), f[3], f[4], f[5]));
            }
        }
        for (SampleDescription.Section s : sample.all("na-gunning")) {
            for (String value : s.values().values()) {
                String[] f = s.fields(value, 3);
                tenders.saveOutcome(c, s.lookup(actions, f[0]).id(), f[1], f[2]);
            }
        }
        Map<String, Contract> contracts = new ContractStorage().list(c).stream()
                .collect(Collectors.toMap(Contract::title, Function.identity(), (a, b) -> a));
        for (SampleDescription.Section s : sample.all("effecten")) {
            for (String value : s.values().values()) {
                String[] f = s.fields(value, 7);
                boolean contract = f[0].startsWith("contract:");
                Long actionId = contract ? null : s.lookup(actions, f[0]).id();
                Long contractId = contract ? s.lookup(contracts, f[0].substring("contract:".length()).strip()).id() : null;
                new EffectStorage().insert(c, new Effect(0, actionId, contractId,
                        f[2].isEmpty() ? null : s.lookup(goals, f[2]).id(), EffectKind.fromCode(f[1]), f[3],
                        Formats.parseNumber(f[4]).orElse(null), f[5], f[6]));
            }
        }
        for (SampleDescription.Section s : sample.all("voorbeelden")) {
            for (String value : s.values().values()) {
                String[] f = s.fields(value, 10);
                new ExampleStorage().insert(c, new Example(0, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
                        f[9].equalsIgnoreCase("ja")));
            }
        }
    }
}
