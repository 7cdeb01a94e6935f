package nl.mviwerkboek.spend;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import nl.mviwerkboek.app.PlanSession;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.spend.analysis.AnalysisFilter;
import nl.mviwerkboek.spend.analysis.Choice;
import nl.mviwerkboek.spend.analysis.SupplierSpend;
import nl.mviwerkboek.spend.analysis.Totals;
import nl.mviwerkboek.spend.contracts.Contract;
import nl.mviwerkboek.spend.contracts.ContractImport;
import nl.mviwerkboek.spend.contracts.ContractImportViewModel;
import nl.mviwerkboek.spend.groups.ProductGroup;
import nl.mviwerkboek.spend.priority.GroupPriority;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The analysis tabs of the Spendanalyse chapter on the sample plan, driven through their controls. */
@ExtendWith(ApplicationExtension.class)
class SpendAnalysisViewTest {

    @TempDir
    static Path dir;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, dir.resolve("home-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void openSpend(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.SPENDANALYSE));
        waitUntil(() -> robot.lookup("#classified-share").tryQuery().isPresent()
                && share(robot).startsWith("Ingedeeld"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private static String share(FxRobot robot) {
        return robot.lookup("#classified-share").queryAs(Labeled.class).getText();
    }

    private PlanSession session() {
        return app.window().workbench().sessionProperty().get();
    }

    private static void tab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#spend-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().equals(id)).findFirst().orElseThrow()));
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, java.util.function.Predicate<T> which) {
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow()));
    }

    @Test
    void theYearFilterNarrowsEverySpendView(FxRobot robot) {
        tab(robot, "tab-spending");
        waitUntil(() -> !table(robot, "#spending-table").getItems().isEmpty());
        assertTrue(share(robot).startsWith("Ingedeeld: 98,4% van de uitgaven"), share(robot));
        this.<Choice<Integer>>choose(robot, "#filter-year", c -> Integer.valueOf(2024).equals(c.value()));
        waitUntil(() -> table(robot, "#spending-table").getItems().stream()
                .mapToLong(t -> ((Totals) t).cents()).sum() == 6_098_646_929L);
        robot.clickOn("#spending-by-year");
        waitUntil(() -> table(robot, "#spending-table").getItems().size() == 1);
        robot.clickOn("#spending-by-supplier");
        waitUntil(() -> !table(robot, "#spending-suppliers").getItems().isEmpty());
        robot.clickOn("#spending-search").write("detachering");
        waitUntil(() -> table(robot, "#spending-suppliers").getItems().stream()
                .allMatch(s -> ((SupplierSpend) s).name().toLowerCase().contains("detachering")));
        assertTrue(robot.lookup("#spending-pareto-sentence").queryAs(Labeled.class).getText()
                .contains("van de leveranciers maakt 80% van de uitgaven"));
    }

    @Test
    void assigningSuppliersFromTheWorklistClassifiesTheirSpend(FxRobot robot) {
        tab(robot, "tab-classification");
        waitUntil(() -> table(robot, "#worklist-table").getItems().size() > 2);
        int before = table(robot, "#worklist-table").getItems().size();
        robot.interact(() -> table(robot, "#worklist-table").getSelectionModel().selectRange(0, 2));
        this.<ProductGroup>choose(robot, "#worklist-group", g -> g.code().equals("cultuur"));
        AppFixture.scrollIntoView(robot, "#worklist-assign");
        robot.clickOn("#worklist-assign");
        waitUntil(() -> table(robot, "#worklist-table").getItems().size() == before - 2);
        waitUntil(() -> !share(robot).startsWith("Ingedeeld: 98,4%"));
        long cultuur = session().analysis().picture(AnalysisFilter.ALL).join().byGroup().stream()
                .filter(t -> "Cultuur en evenementen".equals(t.label())).mapToLong(Totals::cents).sum();
        assertTrue(cultuur > 1_000_000_00L, "the two largest unclassified suppliers are culture now: " + cultuur);
    }

    @Test
    void aNewRuleIsSavedAndClassifiesAtOnce(FxRobot robot) {
        tab(robot, "tab-classification");
        waitUntil(() -> !table(robot, "#rules-table").getItems().isEmpty());
        int rules = table(robot, "#rules-table").getItems().size();
        AppFixture.scrollIntoView(robot, "#rules-add");
        robot.clickOn("#rules-add");
        waitUntil(() -> robot.lookup("#rule-dialog").tryQuery().isPresent());
        robot.clickOn("#rule-value").write("cultuur");
        this.<ProductGroup>choose(robot, "#rule-group", g -> g.code().equals("cultuur"));
        robot.clickOn("#rule-save");
        waitUntil(() -> table(robot, "#rules-table").getItems().size() == rules + 1);
        waitUntil(() -> share(robot).startsWith("Ingedeeld: 100%"));
        assertEquals(0, table(robot, "#worklist-table").getItems().size());
    }

    @Test
    void suggestedSuppliersAreMergedAndTheMergeUndone(FxRobot robot) {
        tab(robot, "tab-suppliers");
        waitUntil(() -> !table(robot, "#merge-suggestions").getItems().isEmpty());
        nl.mviwerkboek.spend.suppliers.MergeSuggestion pair = (nl.mviwerkboek.spend.suppliers.MergeSuggestion)
                table(robot, "#merge-suggestions").getItems().get(0);
        java.util.function.BooleanSupplier listed = () -> table(robot, "#merge-suggestions").getItems().stream()
                .anyMatch(x -> ((nl.mviwerkboek.spend.suppliers.MergeSuggestion) x).secondId() == pair.secondId());
        robot.interact(() -> table(robot, "#merge-suggestions").getSelectionModel().select(0));
        AppFixture.scrollIntoView(robot, "#merge-confirm");
        robot.clickOn("#merge-confirm");
        waitUntil(() -> table(robot, "#supplier-merges").getItems().size() == 1);
        waitUntil(() -> !listed.getAsBoolean());
        robot.interact(() -> table(robot, "#supplier-merges").getSelectionModel().select(0));
        AppFixture.scrollIntoView(robot, "#merge-undo");
        robot.clickOn("#merge-undo");
        waitUntil(() -> table(robot, "#supplier-merges").getItems().isEmpty());
        waitUntil(listed);
    }

    @Test
    void aSupplierShowsItsDetailAndItsSizeIsSaved(FxRobot robot) {
        tab(robot, "tab-suppliers");
        waitUntil(() -> !table(robot, "#suppliers-table").getItems().isEmpty());
        robot.interact(() -> table(robot, "#suppliers-table").getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#supplier-lines").tryQuery().isPresent()
                && !table(robot, "#supplier-lines").getItems().isEmpty());
        SupplierSpend first = (SupplierSpend) table(robot, "#suppliers-table").getItems().get(0);
        assertEquals(first.name(), robot.lookup("#supplier-detail-name").queryAs(Labeled.class).getText());
        assertEquals("large", first.size(), "the sample knows this one is a large company");
        String before = robot.lookup("#spending-local").queryAs(Labeled.class).getText();
        assertTrue(before.contains("MKB: "), before);
        this.<nl.mviwerkboek.spend.suppliers.SupplierSize>choose(robot, "#supplier-size",
                s -> s == nl.mviwerkboek.spend.suppliers.SupplierSize.MKB);
        waitUntil(() -> !robot.lookup("#spending-local").queryAs(Labeled.class).getText().equals(before));
        assertEquals("mkb", session().analysis().picture(AnalysisFilter.ALL).join().suppliers().stream()
                .filter(x -> x.supplierId() == first.supplierId()).findFirst().orElseThrow().size());
    }

    @Test
    void aContractAddedByHandAppearsInTheCalendarAndAsSroiCandidate(FxRobot robot) {
        tab(robot, "tab-contracts");
        waitUntil(() -> table(robot, "#contracts-table").getItems().size() == 11);
        robot.clickOn("#contract-add");
        waitUntil(() -> robot.lookup("#contract-dialog").tryQuery().isPresent());
        robot.clickOn("#contract-title").write("Beveiliging gemeentehuis");
        this.<ProductGroup>choose(robot, "#contract-group", g -> g.code().equals("beveiliging"));
        robot.interact(() -> robot.lookup("#contract-end").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(java.time.LocalDate.of(2027, 9, 30)));
        robot.clickOn("#contract-value").write("€ 300.000");
        robot.clickOn("#contract-save");
        waitUntil(() -> table(robot, "#contracts-table").getItems().size() == 12);
        waitUntil(() -> table(robot, "#calendar-table").getItems().stream().anyMatch(e ->
                ((nl.mviwerkboek.spend.contracts.TenderEvent) e).contract().title().equals("Beveiliging gemeentehuis")
                        && ((nl.mviwerkboek.spend.contracts.TenderEvent) e).quarter().equals("2027 K3")));
        waitUntil(() -> table(robot, "#sroi-table").getItems().stream().anyMatch(s ->
                ((nl.mviwerkboek.spend.contracts.SroiCandidate) s).obligationCents() == 1_500_000));
        Contract saved = session().contracts().contracts().join().stream()
                .filter(k -> k.title().equals("Beveiliging gemeentehuis")).findFirst().orElseThrow();
        assertEquals(30_000_000, saved.valueCents());
    }

    @Test
    void aContractFormRefusesAnEndBeforeTheStart(FxRobot robot) {
        tab(robot, "tab-contracts");
        robot.clickOn("#contract-add");
        waitUntil(() -> robot.lookup("#contract-dialog").tryQuery().isPresent());
        robot.clickOn("#contract-title").write("Fout");
        robot.interact(() -> {
            robot.lookup("#contract-start").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2027, 1, 1));
            robot.lookup("#contract-end").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2026, 1, 1));
        });
        assertTrue(robot.lookup("#contract-save").query().isDisabled());
        assertEquals("⚠ De einddatum ligt voor de startdatum.",
                robot.lookup("#contract-end-error").queryAs(Labeled.class).getText());
        AppFixture.cancelDialog(robot, "#contract-cancel");
    }

    @Test
    void focusGroupsAreMarkedInThePriorityList(FxRobot robot) {
        tab(robot, "tab-priorities");
        waitUntil(() -> !table(robot, "#priorities-table").getItems().isEmpty()
                && !table(robot, "#opportunities-table").getItems().isEmpty());
        GroupPriority first = (GroupPriority) table(robot, "#priorities-table").getItems().get(0);
        assertEquals("Wegen en bestrating", first.group().name());
        assertTrue(first.group().focus());
        GroupPriority second = (GroupPriority) table(robot, "#priorities-table").getItems().get(1);
        AppFixture.scrollIntoView(robot, "#priorities-table");
        javafx.scene.control.TableRow<?> row = robot.lookup("#priorities-table .table-row-cell")
                .queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(r -> r.getItem() == second).findFirst().orElseThrow();
        robot.clickOn(robot.from(row).lookup(".check-box").queryAs(javafx.scene.control.CheckBox.class));
        waitUntil(() -> session().groups().groups().join().stream()
                .anyMatch(g -> g.id() == second.group().id() && g.focus()));
    }

    @Test
    void changingAThresholdChangesTheSignals(FxRobot robot) {
        tab(robot, "tab-thresholds");
        waitUntil(() -> !table(robot, "#thresholds-table").getItems().isEmpty());
        int before = table(robot, "#thresholds-table").getItems().size();
        TableView<nl.mviwerkboek.spend.analysis.EuThreshold> years = table(robot, "#eu-thresholds");
        waitUntil(() -> years.getItems().size() == 12);
        robot.interact(() -> years.getSelectionModel().select(years.getItems().stream()
                .filter(t -> t.year() == 2025).findFirst().orElseThrow()));
        AppFixture.scrollIntoView(robot, "#thresholds-edit");
        robot.clickOn("#thresholds-edit");
        waitUntil(() -> robot.lookup("#threshold-dialog").tryQuery().isPresent());
        TextInputControl services = robot.lookup("#threshold-services").queryTextInputControl();
        robot.interact(() -> services.setText("€ 1.000.000"));
        robot.clickOn("#threshold-save");
        waitUntil(() -> table(robot, "#thresholds-table").getItems().size() < before);
    }

    @Test
    void aProductGroupIsAddedAndMergedWithoutLosingItsRules(FxRobot robot) {
        tab(robot, "tab-groups");
        waitUntil(() -> table(robot, "#groups-table").getItems().size() == 46);
        robot.clickOn("#groups-add");
        waitUntil(() -> robot.lookup("#group-dialog").tryQuery().isPresent());
        robot.clickOn("#group-name").write("Kunst in de openbare ruimte");
        robot.clickOn("#group-cluster").write("Sport, cultuur en recreatie");
        robot.interact(() -> robot.lookup("#group-impact-circulair").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(2));
        robot.clickOn("#group-save");
        waitUntil(() -> table(robot, "#groups-table").getItems().size() == 47);
        ProductGroup added = session().groups().groups().join().stream()
                .filter(g -> g.name().equals("Kunst in de openbare ruimte")).findFirst().orElseThrow();
        assertEquals("kunst-in-de-openbare-ruimte", added.code());
        assertEquals(2, added.impactOf(nl.mviwerkboek.spend.groups.ImpactDimension.CIRCULAIR));
        session().groups().addRule(nl.mviwerkboek.spend.groups.RuleKind.KEYWORD, "kunstwerk", null, added.id())
                .join();

        robot.interact(() -> table(robot, "#groups-table").getSelectionModel().select(table(robot, "#groups-table")
                .getItems().stream().filter(g -> ((ProductGroup) g).id() == added.id()).findFirst().orElseThrow()));
        AppFixture.scrollIntoView(robot, "#groups-merge");
        robot.clickOn("#groups-merge");
        waitUntil(() -> robot.lookup("#group-merge-dialog").tryQuery().isPresent());
        robot.interact(() -> {
            javafx.scene.control.ComboBox<ProductGroup> box = robot.lookup("#group-merge-dialog .combo-box")
                    .queryAs(javafx.scene.control.ComboBox.class);
            box.setValue(box.getItems().stream().filter(g -> g.code().equals("cultuur")).findFirst().orElseThrow());
        });
        robot.clickOn("#group-merge-confirm");
        waitUntil(() -> table(robot, "#groups-table").getItems().size() == 46);
        long cultuur = session().groups().groups().join().stream().filter(g -> g.code().equals("cultuur"))
                .findFirst().orElseThrow().id();
        assertTrue(session().groups().rules().join().stream()
                .anyMatch(r -> r.value().equals("kunstwerk") && r.groupId() == cultuur), "the rule moved along");
    }

    @Test
    void aContractRegisterIsImportedAfterChoosingItsColumns(FxRobot robot) throws Exception {
        tab(robot, "tab-contracts");
        waitUntil(() -> table(robot, "#contracts-table").getItems().size() == 11);
        Path file = java.nio.file.Files.writeString(dir.resolve("register-" + System.nanoTime() + ".csv"),
                "Onderwerp;Partij;Afloop;Bedrag\nBeveiliging;Veilig BV;30-06-2028;€ 400.000\n"
                        + "Post;Koerier;31-12-2026;€ 50.000\n");
        app.dialogs().answerImportWith(file);
        robot.clickOn("#contract-import");
        waitUntil(() -> robot.lookup("#contract-import-dialog").tryQuery().isPresent());
        TableView<ContractImport.PreviewLine> preview = table(robot, "#contract-import-preview");
        assertTrue(preview.getItems().get(0).contract().end() == null, "Afloop is not a known name");
        this.<ContractImportViewModel.Column>choose(robot, "#contract-column-end", c -> "Afloop".equals(c.label()));
        this.<ContractImportViewModel.Column>choose(robot, "#contract-column-supplier", c -> "Partij".equals(c.label()));
        waitUntil(() -> preview.getItems().get(0).contract().end() != null);
        robot.clickOn("#contract-import-confirm");
        waitUntil(() -> robot.lookup("#dialog").tryQuery().isPresent());
        robot.clickOn("#dialog-close");
        waitUntil(() -> table(robot, "#contracts-table").getItems().size() == 13);
        Contract imported = session().contracts().contracts().join().stream()
                .filter(k -> k.title().equals("Beveiliging")).findFirst().orElseThrow();
        assertEquals("Veilig BV", imported.supplierName());
        assertEquals(java.time.LocalDate.of(2028, 6, 30), imported.end());
        assertEquals(40_000_000, imported.valueCents());
    }

    @Test
    void rulesGoToAFileAndAFileWithRulesComesBack(FxRobot robot) throws Exception {
        tab(robot, "tab-classification");
        waitUntil(() -> !table(robot, "#rules-table").getItems().isEmpty());
        int rules = table(robot, "#rules-table").getItems().size();
        Path out = dir.resolve("regels-" + System.nanoTime() + ".csv");
        app.dialogs().answerCsvWith(out);
        AppFixture.scrollIntoView(robot, "#rules-export");
        robot.clickOn("#rules-export");
        waitUntil(() -> java.nio.file.Files.exists(out));
        assertEquals(rules + 1, java.nio.file.Files.readAllLines(out).size(), "a header and one row per rule");
        Path in = java.nio.file.Files.writeString(dir.resolve("buren-" + System.nanoTime() + ".csv"),
                "soort;waarde;tot en met;productgroep\nkeyword;theater;;cultuur\nkeyword;wegen;;wegen\n");
        app.dialogs().answerImportWith(in);
        robot.clickOn("#rules-import");
        waitUntil(() -> robot.lookup("#dialog").tryQuery().isPresent());
        robot.clickOn("#dialog-close");
        waitUntil(() -> table(robot, "#rules-table").getItems().size() == rules + 1);
    }
}
