package nl.mviwerkboek.spend.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.shared.task.UiCallbacks;
import nl.mviwerkboek.spend.ImportAnalysis;
import nl.mviwerkboek.spend.SpendService;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a rule being typed would catch, checked against a count over the lines the test wrote itself. */
class RulePreviewTest {

    record Row(String supplier, String ledger, String description, long cents) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("Koffie & Co B.V.", "4400", "Koffiebonen", 123_456),
            new Row("Bakkerij De Korrel", "4400", "Koffie en gebak", 1_000),
            new Row("Bakkerij De Korrel", "4300", "Koffie bij de vergadering", 500),
            new Row("Drukkerij Zuid", "4400", "Drukwerk folders", 9_999),
            new Row("Drukkerij Zuid", "4410", "Visitekaartjes", 2_550),
            new Row("Café Centraal", "4420", "Lunch met KOFFIE", 4_275));

    @TempDir
    Path dir;
    private PlanDatabase db;
    private GroupsService groups;
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void planWithSpend() throws Exception {
        Messages.setLocale(Messages.DUTCH);
        db = TestPlans.create(dir, "plan.mviplan");
        groups = new GroupsService(db);
        for (ClassificationRule seeded : groups.rules().join()) {
            groups.deleteRule(seeded.id()).join();
        }
        groups.addRule(RuleKind.LEDGER, "4300", null, groups.groups().join().get(0).id()).join();
        StringBuilder csv = new StringBuilder("Crediteurnaam;Factuurdatum;Grootboekrekening;Omschrijving;Bedrag;"
                + "Factuurnummer\n");
        int n = 1;
        for (Row r : ROWS) {
            csv.append(r.supplier()).append(";0").append(n).append("-03-2025;").append(r.ledger()).append(';')
                    .append(r.description()).append(';').append(r.cents() / 100).append(',')
                    .append(String.format("%02d", r.cents() % 100)).append(";F").append(n++).append('\n');
        }
        Path file = Files.writeString(dir.resolve("spend.csv"), csv);
        SpendService spend = new SpendService(db);
        ImportAnalysis analysis = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        spend.importJob(analysis, null).run(JobContext.silent());
        groups.reclassify(JobContext.silent()).join();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private RulePreviewStorage.RulePreview preview(RuleKind kind, String value, String to) {
        return groups.previewRule(kind, value, to, () -> false).join();
    }

    /** The lines that a rule matching {@code matches} catches when ledger 4300 already has a rule. */
    private static List<Row> caught(Predicate<Row> matches) {
        return ROWS.stream().filter(matches).filter(r -> !r.ledger().equals("4300")).toList();
    }

    private static void assertCaught(List<Row> expected, RulePreviewStorage.RulePreview preview) {
        assertEquals(expected.size(), preview.lines());
        assertEquals(expected.stream().mapToLong(Row::cents).sum(), preview.cents());
    }

    @Test
    void aKeywordCatchesTheLinesThatHoldItExceptThoseAnEarlierRulePlaces() {
        Predicate<Row> koffie = r -> r.description().toLowerCase(Locale.ROOT).contains("koffie");
        RulePreviewStorage.RulePreview preview = preview(RuleKind.KEYWORD, "koffie", null);
        assertCaught(caught(koffie), preview);
        assertEquals(3, preview.lines());
        assertEquals(1, preview.placedEarlier());
        List<Row> largest = caught(koffie).stream().sorted(Comparator.comparingLong(Row::cents).reversed()).toList();
        assertEquals(largest.stream().map(Row::description).toList(),
                preview.examples().stream().map(RulePreviewStorage.Example::description).toList());
        assertEquals("Koffie & Co B.V.", preview.examples().get(0).supplier());
        assertEquals(123_456, preview.examples().get(0).cents());
    }

    @Test
    void aLedgerRangeAndARuleThatCatchesNothing() {
        assertCaught(caught(r -> r.ledger().compareTo("4400") >= 0 && r.ledger().compareTo("4410") <= 0),
                preview(RuleKind.LEDGER_RANGE, "4400", "4410"));
        RulePreviewStorage.RulePreview none = preview(RuleKind.KEYWORD, "asfalt", null);
        assertEquals(0, none.lines());
        assertEquals(0, none.cents());
        assertTrue(none.examples().isEmpty());
        assertEquals(1, preview(RuleKind.LEDGER, "4300", null).placedEarlier());
        assertEquals(0, preview(RuleKind.LEDGER, "4300", null).lines());
    }

    @Test
    void anEarlierKeywordRuleKeepsItsLines() {
        groups.addRule(RuleKind.KEYWORD, "drukwerk", null, groups.groups().join().get(1).id()).join();
        groups.reclassify(JobContext.silent()).join();
        RulePreviewStorage.RulePreview preview = preview(RuleKind.LEDGER, "4400", null);
        assertCaught(caught(r -> r.ledger().equals("4400") && !r.description().contains("Drukwerk")), preview);
        assertEquals(1, preview.placedEarlier());
    }

    @Test
    void aStaleQuestionStopsAndGivesNothing() {
        assertNull(groups.previewRule(RuleKind.KEYWORD, "koffie", null, () -> true).join());
    }

    @Test
    void theViewModelSaysItInDutchWithSingularAndPlural() {
        RulePreviewViewModel vm = new RulePreviewViewModel(groups, new UiCallbacks(Runnable::run, errors::add));
        assertEquals("Vul een waarde in; dan zie je hier hoeveel uitgaveregels de regel indeelt.",
                vm.summaryProperty().get());
        vm.refresh(RuleKind.KEYWORD, "  koffie ", null).join();
        assertEquals("Deze regel deelt 3 regels in, samen € 1.287,31.", vm.summaryProperty().get());
        assertEquals("Nog 1 regel past ook, maar die is al ingedeeld door een toewijzing of een eerdere regel.",
                vm.earlierProperty().get());
        assertEquals(3, vm.examples().size());
        vm.refresh(RuleKind.KEYWORD, "visitekaartjes", null).join();
        assertEquals("Deze regel deelt 1 regel in, samen € 25,50.", vm.summaryProperty().get());
        assertEquals("", vm.earlierProperty().get());
        vm.refresh(RuleKind.SUPPLIER, "Nobody B.V.", null).join();
        assertEquals("Deze regel deelt 0 regels in, samen € 0,00.", vm.summaryProperty().get());
        assertTrue(vm.examples().isEmpty());
        vm.refresh(RuleKind.KEYWORD, " ", null).join();
        assertEquals("Vul een waarde in; dan zie je hier hoeveel uitgaveregels de regel indeelt.",
                vm.summaryProperty().get());
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
