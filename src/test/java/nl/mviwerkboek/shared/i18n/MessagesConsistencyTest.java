package nl.mviwerkboek.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.mviwerkboek.overview.ChapterProgress;
import nl.mviwerkboek.overview.PlanSummary;
import nl.mviwerkboek.plan.Involvement;
import nl.mviwerkboek.plan.OrganisationType;
import nl.mviwerkboek.plan.StakeholderRole;
import nl.mviwerkboek.plan.ThemeSet;
import nl.mviwerkboek.exchange.ImportFileException;
import nl.mviwerkboek.shared.db.PlanFileException;
import nl.mviwerkboek.spend.ProblemReason;
import nl.mviwerkboek.spend.parse.SpendField;
import nl.mviwerkboek.spend.analysis.AbcClass;
import nl.mviwerkboek.spend.contracts.TenderEvent;
import nl.mviwerkboek.spend.groups.ImpactDimension;
import nl.mviwerkboek.spend.groups.ProcurementKind;
import nl.mviwerkboek.spend.groups.RuleKind;
import nl.mviwerkboek.spend.priority.Priority;
import nl.mviwerkboek.shared.ui.Chapter;
import org.junit.jupiter.api.Test;

class MessagesConsistencyTest {

    private static final Path DUTCH = Path.of("src/main/resources/nl/mviwerkboek/i18n/messages.properties");
    private static final Path ENGLISH = Path.of("src/main/resources/nl/mviwerkboek/i18n/messages_en.properties");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void dutchAndEnglishHaveTheSameKeysInTheSameOrder() throws IOException {
        assertEquals(keysInOrder(DUTCH), keysInOrder(ENGLISH));
    }

    @Test
    void everyKeyTheCodeUsesExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> bundle = new TreeSet<>(keysInOrder(DUTCH));
        Set<String> used = usedKeys(bundle);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle);
        Set<String> unused = new TreeSet<>(bundle);
        unused.removeAll(used);
        unused.removeIf(k -> k.matches("chapter\\.[a-z]+\\.advice\\.\\d+"));
        assertEquals(Set.of(), missing, "keys used in code but missing from the bundles");
        assertEquals(Set.of(), unused, "keys in the bundles that no code uses");
    }

    @Test
    void valuesWithArgumentsEscapeApostrophesAndBothLanguagesUseTheSameArguments() throws IOException {
        Properties nl = load(DUTCH);
        Properties en = load(ENGLISH);
        List<String> problems = new ArrayList<>();
        for (String key : nl.stringPropertyNames()) {
            for (Properties p : List.of(nl, en)) {
                String value = p.getProperty(key);
                if (PLACEHOLDER.matcher(value).find() && value.replace("''", "").contains("'")) {
                    problems.add(key + ": single apostrophe in a value with arguments: " + value);
                }
            }
            if (!placeholders(nl.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
                problems.add(key + ": Dutch and English use different arguments");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void lookupFollowsTheChosenLanguageNotTheMachineLocale() {
        try {
            Messages.setLocale(java.util.Locale.ENGLISH);
            assertEquals("Overview", Messages.get("chapter.overzicht.title"));
            Messages.setLocale(Messages.DUTCH);
            assertEquals("Overzicht", Messages.get("chapter.overzicht.title"));
            assertEquals("Volgende stap (Starten): x", Messages.get("overview.nextStep", "Starten", "x"));
            assertTrue(Messages.get("no.such.key").startsWith("!"));
        } finally {
            Messages.setLocale(Messages.DUTCH);
        }
    }

    private static Set<String> usedKeys(Set<String> bundle) throws IOException {
        Set<String> prefixes = new TreeSet<>();
        bundle.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    if (prefixes.contains(literal.substring(0, literal.indexOf('.')))
                            && !literal.matches(".*\\.(css|txt|sql|properties|log|mviplan)$")) {
                        used.add(literal);
                    }
                }
            }
        }
        used.addAll(dynamicKeys());
        return used;
    }

    /** Keys the code builds from enum values and ids rather than writing them out. */
    private static Set<String> dynamicKeys() {
        Set<String> keys = new TreeSet<>();
        for (Labelled[] values : List.<Labelled[]>of(OrganisationType.values(), ThemeSet.values(),
                StakeholderRole.values(), Involvement.values(), Chapter.values(), ChapterProgress.State.values())) {
            for (Labelled value : values) {
                keys.add(value.labelKey());
            }
        }
        for (ThemeSet set : ThemeSet.values()) {
            keys.add(set.labelKey() + ".themes");
        }
        for (Chapter chapter : Chapter.values()) {
            keys.add("help." + chapter.id() + ".good");
            keys.add("help." + chapter.id() + ".pitfalls");
            keys.add(chapter.purposeKey());
        }
        for (PlanFileException.Problem problem : PlanFileException.Problem.values()) {
            keys.add(problem.key() + ".title");
            keys.add(problem.key() + ".action");
        }
        for (ImportFileException.Problem problem : ImportFileException.Problem.values()) {
            keys.add(problem.key() + ".title");
            keys.add(problem.key() + ".action");
        }
        for (Labelled[] values : List.<Labelled[]>of(SpendField.values(), ProblemReason.values(),
                ProcurementKind.values(), ImpactDimension.values(), RuleKind.values(), AbcClass.values(),
                Priority.values(), TenderEvent.Kind.values(),
                nl.mviwerkboek.spend.analysis.SpendingViewModel.Dimension.values(),
                nl.mviwerkboek.spend.suppliers.SupplierSize.values(),
                nl.mviwerkboek.spend.contracts.ContractField.values(),
                nl.mviwerkboek.inventory.InventoryKind.values(), nl.mviwerkboek.focus.MissingPart.values(),
                nl.mviwerkboek.actions.ActionKind.values(), nl.mviwerkboek.actions.ActionStatus.values(),
                nl.mviwerkboek.actions.InstrumentLevel.values(), nl.mviwerkboek.actions.SuggestionKind.values(),
                nl.mviwerkboek.anchoring.AnchoringMeasure.values(), nl.mviwerkboek.anchoring.AnchoringStatus.values(),
                nl.mviwerkboek.monitoring.ReviewKind.values(), nl.mviwerkboek.monitoring.GoalTrend.values(),
                nl.mviwerkboek.monitoring.Difference.Part.values(), nl.mviwerkboek.report.PlanStatus.values(),
                nl.mviwerkboek.report.ReportDetail.values(), nl.mviwerkboek.report.ReportSection.values(),
                nl.mviwerkboek.plan.SwotQuadrant.values(), nl.mviwerkboek.monitoring.ShareChannel.values(),
                nl.mviwerkboek.actions.tender.CriterionType.values(), nl.mviwerkboek.actions.tender.ConsultationForm.values(),
                nl.mviwerkboek.actions.tender.EffectKind.values())) {
            for (Labelled value : values) {
                keys.add(value.labelKey());
            }
        }
        for (nl.mviwerkboek.plan.SwotQuadrant q : nl.mviwerkboek.plan.SwotQuadrant.values()) {
            keys.add(q.hintKey());
        }
        for (nl.mviwerkboek.inventory.InventoryKind kind : nl.mviwerkboek.inventory.InventoryKind.values()) {
            keys.add(kind.hintKey());
        }
        for (nl.mviwerkboek.inventory.MaturityStep step : nl.mviwerkboek.inventory.MaturityStep.values()) {
            keys.add(step.labelKey());
            keys.add(step.explanationKey());
        }
        for (nl.mviwerkboek.focus.AmbitionLevel level : nl.mviwerkboek.focus.AmbitionLevel.values()) {
            keys.add(level.labelKey());
            keys.add(level.meaningKey());
        }
        for (nl.mviwerkboek.anchoring.AnchoringMeasure measure : nl.mviwerkboek.anchoring.AnchoringMeasure.values()) {
            keys.add(measure.hintKey());
        }
        for (String count : PlanSummary.COUNT_KEYS) {
            keys.add("summary.count." + count);
        }
        keys.addAll(List.of("language.nl", "language.en", "cli.new.help", "cli.summary.help", "cli.import.help",
                "cli.analyse.help", "cli.export.help"));
        keys.addAll(List.of("cli.backup.help", "cli.restore.help")); // issue 16 (G)
        return keys;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> keysInOrder(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                keys.add(line.substring(0, line.indexOf('=')).strip());
            }
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
