package nl.mviwerkboek.spend.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import nl.mviwerkboek.exchange.CsvFormat;
import nl.mviwerkboek.shared.db.PlanDatabase;
import nl.mviwerkboek.shared.i18n.UserProblem;
import nl.mviwerkboek.shared.task.JobContext;
import nl.mviwerkboek.spend.ImportAnalysis;
import nl.mviwerkboek.spend.ImportRecord;
import nl.mviwerkboek.spend.SpendService;
import nl.mviwerkboek.spend.groups.GroupsService;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.groups.RuleFile;
import nl.mviwerkboek.spend.groups.RuleKind;
import nl.mviwerkboek.spend.suppliers.MergeSuggestion;
import nl.mviwerkboek.spend.suppliers.SupplierService;
import nl.mviwerkboek.testsupport.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import → classification → summary table → analysis, on a real plan file, through every change. */
class AnalysisFlowTest {

    static final String CSV = String.join("\n",
            "Crediteurnaam;KvK-nummer;Postcode;Plaats;Factuurdatum;Grootboekrekening;Omschrijving grootboek;"
                    + "Kostenplaats;Bedrag;Omschrijving",
            "Bouwbedrijf De Vries B.V.;;1234 AB;Voorbeeldstad;03-01-2025;4310;Onderhoud wegen;210;100.000,00;Fietspad",
            "BOUWBEDRIJF DE VRIES BV;;1234 AB;Voorbeeldstad;15-02-2025;4310;Onderhoud wegen;210;-10.000,00;Credit",
            "Bouwbedr. de Vries;;1234 AB;Voorbeeldstad;15-03-2025;4310;Onderhoud wegen;210;20.000,00;Kade",
            "Schoonmaak Partners;;9999 ZZ;Elders;31-03-2025;4610;Schoonmaak;920;50.000,00;Kantoor",
            "Theater De Spiegel;;1234 AC;Voorbeeldstad;30-04-2025;4930;Cultuur en evenementen;530;30.000,00;Voorstelling",
            "Theater De Spiegel;;1234 AC;Voorbeeldstad;30-04-2026;4930;Cultuur en evenementen;530;10.000,00;Voorstelling")
            + "\n";

    @TempDir
    Path dir;
    private PlanDatabase db;
    private SpendService spend;
    private GroupsService groups;
    private AnalysisService analysis;
    private SupplierService suppliers;

    @BeforeEach
    void open() throws Exception {
        db = TestPlans.create(dir, "plan.mviplan");
        spend = new SpendService(db);
        groups = new GroupsService(db);
        analysis = new AnalysisService(db);
        suppliers = new SupplierService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportRecord importCsv(String name, String text) throws Exception {
        Path file = Files.write(dir.resolve(name), text.getBytes(CsvFormat.WINDOWS_1252));
        ImportAnalysis a = spend.analyse(file, Optional.empty(), Optional.empty()).run(JobContext.silent());
        return spend.importJob(a, null).run(JobContext.silent());
    }

    private Map<String, Long> byGroupName(SpendPicture p) {
        return p.byGroup().stream().collect(Collectors.toMap(t -> t.label() == null ? "-" : t.label(),
                Totals::cents));
    }

    private long group(String code) {
        return groups.groups().join().stream().filter(g -> g.code().equals(code)).findFirst().orElseThrow().id();
    }

    @Test
    void importClassifiesWithTheDefaultRulesAndTheSummaryTableMatchesTheLines() throws Exception {
        importCsv("a.csv", CSV);
        SpendPicture p = analysis.picture(AnalysisFilter.ALL).join();
        assertEquals(20_000_000, p.totalCents());
        Map<String, Long> byGroup = byGroupName(p);
        assertEquals(11_000_000, byGroup.get("Wegen en bestrating"));
        assertEquals(5_000_000, byGroup.get("Schoonmaak"));
        assertEquals(4_000_000, byGroup.get("-"), "culture has no default rule");
        assertEquals(0.8, p.share().byAmount(), 1e-9);
        assertEquals(4.0 / 6, p.share().byLines(), 1e-9);
        assertEquals(List.of(2025, 2026), p.byYear().stream().map(Totals::key).toList());
        assertEquals(3_000_000, analysis.picture(AnalysisFilter.ALL.withYear(2025)).join().byGroup().stream()
                .filter(t -> t.key() == null).findFirst().orElseThrow().cents());
    }

    @Test
    void assigningASupplierBeatsRulesAndStaysForALaterImport() throws Exception {
        ImportRecord first = importCsv("a.csv", CSV);
        long theatre = analysis.picture(AnalysisFilter.ALL).join().suppliers().stream()
                .filter(s -> s.name().startsWith("Theater")).findFirst().orElseThrow().supplierId();
        groups.assignSuppliers(List.of(theatre), group("cultuur")).join();
        assertTrue(groups.needsClassification().join());
        groups.reclassify(JobContext.silent()).join();
        assertFalse(groups.needsClassification().join());
        assertEquals(1.0, analysis.picture(AnalysisFilter.ALL).join().share().byAmount(), 1e-9);

        spend.delete(first.id()).join();
        assertEquals(0, analysis.picture(AnalysisFilter.ALL).join().totalCents(), "summary follows the delete");
        importCsv("b.csv", CSV);
        assertEquals(4_000_000, byGroupName(analysis.picture(AnalysisFilter.ALL).join())
                .get("Cultuur en evenementen"), "the supplier's assignment was remembered");
    }

    @Test
    void rulesAreTriedInOrderAndMovingOneChangesTheOutcome() {
        try {
            importCsv("a.csv", CSV);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        groups.addRule(RuleKind.COST_CENTRE, "210", null, group("riolering")).join();
        groups.reclassify(JobContext.silent()).join();
        assertNull(byGroupName(analysis.picture(AnalysisFilter.ALL).join()).get("Riolering en water"),
                "the keyword rule for roads comes first");
        long added = groups.rules().join().get(groups.rules().join().size() - 1).id();
        for (int i = 0; i < 100; i++) {
            groups.moveRule(added, -1).join();
        }
        assertEquals(added, groups.rules().join().get(0).id());
        groups.reclassify(JobContext.silent()).join();
        assertEquals(11_000_000, byGroupName(analysis.picture(AnalysisFilter.ALL).join()).get("Riolering en water"));
    }

    @Test
    void nearDuplicateSuppliersAreSuggestedMergedAndUndone() throws Exception {
        importCsv("a.csv", CSV);
        List<MergeSuggestion> found = suppliers.suggestions().join();
        MergeSuggestion vries = found.stream().filter(s -> s.secondName().startsWith("Bouwbedr."))
                .findFirst().orElseThrow();
        assertEquals(4, analysis.picture(AnalysisFilter.ALL).join().suppliers().size());
        long merge = suppliers.merge(vries).join();
        SpendPicture merged = analysis.picture(AnalysisFilter.ALL).join();
        assertEquals(3, merged.suppliers().size());
        assertEquals(11_000_000, merged.suppliers().get(0).cents(), "credit note and abbreviation counted together");
        assertTrue(suppliers.suggestions().join().stream().noneMatch(s -> s.secondId() == vries.secondId()));
        suppliers.undo(merge).join();
        assertEquals(4, analysis.picture(AnalysisFilter.ALL).join().suppliers().size());
        suppliers.reject(vries).join();
        assertTrue(suppliers.suggestions().join().stream().noneMatch(s -> s.secondId() == vries.secondId()));
    }

    @Test
    void mergingProductGroupsKeepsEveryAssignment() throws Exception {
        importCsv("a.csv", CSV);
        long schoonmaak = group("schoonmaak");
        long catering = group("catering");
        groups.merge(schoonmaak, catering).join();
        ProductGroup old = groups.groups().join().stream().filter(g -> g.id() == schoonmaak).findFirst().orElseThrow();
        assertTrue(old.archived());
        assertEquals(catering, old.mergedInto());
        assertEquals(5_000_000, byGroupName(analysis.picture(AnalysisFilter.ALL).join()).get("Catering"));
        groups.reclassify(JobContext.silent()).join();
        assertEquals(5_000_000, byGroupName(analysis.picture(AnalysisFilter.ALL).join()).get("Catering"),
                "the moved rules still send the lines there");
    }

    @Test
    void rulesGoToAFileAndComeBackWithoutDuplicates() throws Exception {
        Path file = dir.resolve("regels.csv");
        List<ProductGroup> all = groups.groups().join();
        RuleFile.write(file, groups.rules().join(), all);
        List<nl.mviwerkboek.spend.groups.ClassificationRule> read = RuleFile.read(file, all);
        assertEquals(groups.rules().join().size(), read.size());
        RuleFile.Imported result = db.write(c -> RuleFile.add(c, read)).join();
        assertEquals(0, result.added());
        assertEquals(read.size(), result.alreadyPresent());

        Files.writeString(file, "soort;waarde;tot en met;productgroep\nkeyword;bomen;;bestaat-niet\nfoo;x;;groen\n");
        UserProblem problem = assertThrows(UserProblem.class, () -> RuleFile.read(file, all));
        assertTrue(problem.detail().contains("Rij 2"), problem.detail());
        assertTrue(problem.detail().contains("bestaat-niet"), problem.detail());
        assertTrue(problem.detail().contains("Rij 3"), problem.detail());
    }

    @Test
    void localShareUsesTheSettingsAndThresholdSignalsAppear() throws Exception {
        importCsv("a.csv", CSV);
        analysis.saveSettings(new AnalysisSettings("Voorbeeldstad", "", 25_000_000, 5)).join();
        SpendPicture p = analysis.picture(AnalysisFilter.ALL).join();
        assertEquals(15_000_000.0 / 20_000_000, p.local().local(), 1e-9);
        // € 90.000 roads (works) × 4 stays under the works threshold; nothing else reaches € 216.000 / 4 either
        assertTrue(p.signals().isEmpty(), p.signals().toString());
        analysis.saveThreshold(new EuThreshold(2025, 10_000_000, 30_000_000, 75_000_000)).join();
        List<ThresholdSignal> signals = analysis.picture(AnalysisFilter.ALL).join().signals();
        // roads € 90.000 × 4 ≥ € 300.000 (works), cleaning € 50.000 × 4 and the theatre € 30.000 × 4 ≥ € 100.000
        assertEquals(List.of(36_000_000L, 20_000_000L, 12_000_000L),
                signals.stream().map(ThresholdSignal::estimatedCents).toList());
        assertNull(signals.get(2).groupName(), "unclassified spend is checked as services");
    }

    @Test
    void aFailedReclassificationLeavesThePlanAsItWas() throws Exception {
        importCsv("a.csv", CSV);
        groups.addRule(RuleKind.LEDGER_PREFIX, "4", null, group("advies")).join();
        JobContext cancelled = nl.mviwerkboek.testsupport.TestJobs.cancelled();
        CompletionException e = assertThrows(CompletionException.class,
                () -> groups.reclassify(cancelled).join());
        assertTrue(e.getCause() instanceof java.util.concurrent.CancellationException);
        assertTrue(groups.needsClassification().join());
    }

    @Test
    void aSupplierFirstSeenWithoutPlaceGetsItFromALaterExport() throws Exception {
        importCsv("zonder.csv", "Crediteurnaam;Factuurdatum;Bedrag\nSchoonmaak Partners;03-01-2024;1.000,00\n");
        assertNull(analysis.picture(AnalysisFilter.ALL).join().suppliers().get(0).city());
        importCsv("met.csv", "Crediteurnaam;Postcode;Plaats;Factuurdatum;Bedrag\n"
                + "Schoonmaak Partners B.V.;1234 AB;Voorbeeldstad;03-01-2025;2.000,00\n");
        SupplierSpend s = analysis.picture(AnalysisFilter.ALL).join().suppliers().get(0);
        assertEquals("Voorbeeldstad", s.city());
        assertEquals("1234 AB", s.postcode());
        assertEquals(1, analysis.picture(AnalysisFilter.ALL).join().suppliers().size());
    }
}
