package nl.mviwerkboek.spend;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.mviwerkboek.exchange.CsvFormat;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.FxDialogs;
import nl.mviwerkboek.spend.parse.SpendField;
import nl.mviwerkboek.testsupport.AppFixture;
import nl.mviwerkboek.testsupport.TestExports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SpendViewTest {

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
        waitUntil(() -> robot.lookup("#spend-imports").tryQuery().isPresent() && imports(robot).getItems().size() == 3);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private static TableView<?> imports(FxRobot robot) {
        return robot.lookup("#spend-imports").queryAs(TableView.class);
    }

    private Path export(String name, String text) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(CsvFormat.WINDOWS_1252));
    }

    private void openWizard(FxRobot robot, Path file) {
        app.dialogs().answerImportWith(file);
        robot.clickOn("#spend-import");
        waitUntil(() -> robot.lookup("#import-wizard").tryQuery().isPresent());
    }

    @Test
    void wizardPreviewsAndImportsAndTheHistoryShowsIt(FxRobot robot) throws Exception {
        int before = imports(robot).getItems().size();
        openWizard(robot, export("crediteuren-" + System.nanoTime() + ".csv", TestExports.DUTCH_CSV));
        TableView<?> preview = robot.lookup("#wizard-preview").queryAs(TableView.class);
        PreviewRow first = (PreviewRow) preview.getItems().get(0);
        assertEquals("Bouwbedrijf De Vries B.V.", first.supplier());
        assertEquals("€ 12.500,00", first.amount());
        assertEquals("03-01-2025", first.date());
        PreviewRow credit = (PreviewRow) preview.getItems().get(1);
        assertEquals("€ -1.250,00", credit.amount());
        PreviewRow badAmount = (PreviewRow) preview.getItems().get(8);
        assertTrue(badAmount.remark().startsWith("Geen geldig bedrag"));
        assertEquals(SpendField.AMOUNT, badAmount.problemField());
        assertEquals("#WAARDE!", badAmount.amount(), "a skipped row shows its values as they are");
        robot.interact(() -> preview.scrollTo(8));
        assertTrue(robot.lookup("#wizard-preview .table-cell").queryAll().stream()
                .anyMatch(n -> "⚠ #WAARDE!".equals(((javafx.scene.control.Labeled) n).getText())));
        assertFalse(robot.lookup("#wizard-import").queryButton().isDisabled());

        robot.clickOn("#wizard-import");
        waitUntil(() -> imports(robot).getItems().size() == before + 1);
        ImportRecord record = (ImportRecord) imports(robot).getItems().get(0);
        assertEquals(5, record.rowsImported());
        assertTrue(robot.lookup("#spend-totals").queryAs(Label.class).getText().contains("regels"));
        waitUntil(() -> robot.lookup("#status-message").queryAs(Label.class).getText().contains("5 regels geïmporteerd"));
    }

    @Test
    void missingColumnsBlockTheImportUntilMappedOrAYearIsGiven(FxRobot robot) throws Exception {
        openWizard(robot, export("raar-" + System.nanoTime() + ".csv", "Wie;Hoeveel\nGroen BV;10,00\nGrijs BV;5,00\n"));
        assertTrue(robot.lookup("#wizard-import").queryButton().isDisabled());
        assertTrue(robot.lookup("#wizard-missing").queryAs(Label.class).getText().contains("Leverancier, Bedrag, Datum"));
        robot.interact(() -> {
            robot.lookup("#map-" + SpendField.SUPPLIER.code()).<Integer>queryComboBox().setValue(0);
            robot.lookup("#map-" + SpendField.AMOUNT.code()).<Integer>queryComboBox().setValue(1);
        });
        assertEquals("Kies nog een kolom voor: Datum. Heeft de export geen datum? Vul dan het jaar in.",
                robot.lookup("#wizard-missing").queryAs(Label.class).getText());
        robot.clickOn("#wizard-year").write("2.024");
        waitUntil(() -> robot.lookup("#wizard-missing").queryAs(Label.class).getText().equals(
                "Vul een jaartal in van vier cijfers, bijvoorbeeld 2025, of laat het jaar leeg."));
        assertTrue(robot.lookup("#wizard-import").queryButton().isDisabled(), "2.024 is not read as a year");
        robot.interact(() -> robot.lookup("#wizard-year").queryTextInputControl().clear());
        robot.clickOn("#wizard-year").write("2024");
        waitUntil(() -> !robot.lookup("#wizard-import").queryButton().isDisabled());
        TableView<?> preview = robot.lookup("#wizard-preview").queryAs(TableView.class);
        assertEquals("2024", ((PreviewRow) preview.getItems().get(0)).date());
        AppFixture.cancelDialog(robot, "#wizard-cancel");
    }

    @Test
    void csvEncodingAndDelimiterCanBeChangedWhenTheDetectionIsWrong(FxRobot robot) throws Exception {
        openWizard(robot, export("komma-" + System.nanoTime() + ".csv", TestExports.DUTCH_CSV));
        assertEquals(Character.valueOf(';'), robot.lookup("#wizard-delimiter").queryComboBox().getValue());
        robot.interact(() -> robot.lookup("#wizard-delimiter").<Character>queryComboBox().setValue(','));
        robot.interact(() -> robot.lookup("#wizard-delimiter").<Character>queryComboBox().getOnAction().handle(null));
        waitUntil(() -> robot.lookup("#wizard-missing").query().isVisible());
        assertTrue(robot.lookup("#wizard-import").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#wizard-delimiter").<Character>queryComboBox().setValue(';'));
        robot.interact(() -> robot.lookup("#wizard-delimiter").<Character>queryComboBox().getOnAction().handle(null));
        waitUntil(() -> !robot.lookup("#wizard-import").queryButton().isDisabled());
        AppFixture.cancelDialog(robot, "#wizard-cancel");
    }

    @Test
    void sameFileAgainAsksFirstAndAnImportCanBeDeleted(FxRobot robot) throws Exception {
        int sample = imports(robot).getItems().size();
        Path file = export("twee-keer-" + System.nanoTime() + ".csv", "Leverancier;Datum;Bedrag\nA;01-02-2025;10,00\n");
        openWizard(robot, file);
        robot.clickOn("#wizard-import");
        waitUntil(() -> imports(robot).getItems().size() == sample + 1);

        openWizard(robot, file);
        waitUntil(() -> robot.lookup("#wizard-earlier").query().isVisible());
        robot.clickOn("#wizard-import");
        waitUntil(() -> robot.lookup("#" + FxDialogs.CANCEL_ID).tryQuery().isPresent());
        robot.clickOn("#" + FxDialogs.CANCEL_ID);
        assertEquals(sample + 1, imports(robot).getItems().size());

        long linesBefore = app.window().workbench().sessionProperty().get().spend().totals().join().lines();
        robot.interact(() -> imports(robot).getSelectionModel().select(0));
        assertEquals(file.getFileName().toString(), ((ImportRecord) imports(robot).getItems().get(0)).fileName());
        robot.clickOn("#spend-delete");
        waitUntil(() -> robot.lookup("#" + FxDialogs.CONFIRM_ID).tryQuery().isPresent());
        robot.clickOn("#" + FxDialogs.CONFIRM_ID);
        waitUntil(() -> imports(robot).getItems().size() == sample);
        assertEquals(linesBefore - 1, app.window().workbench().sessionProperty().get().spend().totals().join().lines());
    }

    @Test
    void theSameSpendInAnotherFileIsAskedAboutAndImportedOnlyOnConfirm(FxRobot robot) throws Exception {
        int sample = imports(robot).getItems().size();
        String csv = "Leverancier;Datum;Bedrag;Factuurnummer\nGroen BV;05-01-2025;100,00;G-1\n"
                + "Grijs BV;07-01-2025;7,50;K-1\n;08-01-2025;0,05;X\n";
        Path first = export("januari-" + System.nanoTime() + ".csv", csv);
        openWizard(robot, first);
        robot.clickOn("#wizard-import");
        waitUntil(() -> imports(robot).getItems().size() == sample + 1);
        waitUntil(() -> robot.lookup("#status-message").queryAs(Label.class).getText()
                .contains("2 regels geïmporteerd, 1 regel overgeslagen, samen € 0,05"));

        openWizard(robot, export("januari-kopie-" + System.nanoTime() + ".csv", csv.replace("\n", "\r\n")));
        robot.clickOn("#wizard-import");
        waitUntil(() -> robot.lookup("#" + FxDialogs.CONFIRM_ID).tryQuery().isPresent());
        String question = robot.lookup("#dialog").queryAs(DialogPane.class).getContentText();
        assertTrue(question.startsWith("Dit lijkt dezelfde uitgaven te bevatten als de import van "
                + first.getFileName()) && question.contains("(2 regels, zelfde facturen)"), question);
        assertEquals(sample + 1, app.window().workbench().sessionProperty().get().spend().imports().join().size(),
                "nothing imported while asking");
        robot.clickOn("#" + FxDialogs.CONFIRM_ID);
        waitUntil(() -> imports(robot).getItems().size() == sample + 2);

        robot.interact(() -> imports(robot).getSelectionModel().select(0));
        robot.clickOn("#spend-problems");
        waitUntil(() -> robot.lookup("#problems-skipped-total").tryQuery().isPresent());
        assertEquals("1 regel overgeslagen, samen € 0,05",
                robot.lookup("#problems-skipped-total").queryAs(Label.class).getText());
        robot.clickOn("#problems-close");
    }

    @Test
    void skippedRowsAreShownAndExported(FxRobot robot) throws Exception {
        int sample = imports(robot).getItems().size();
        openWizard(robot, export("met-fouten-" + System.nanoTime() + ".csv", TestExports.DUTCH_CSV));
        robot.clickOn("#wizard-import");
        waitUntil(() -> imports(robot).getItems().size() == sample + 1);
        robot.interact(() -> imports(robot).getSelectionModel().select(0));
        robot.clickOn("#spend-problems");
        waitUntil(() -> robot.lookup("#problems-table").tryQuery().isPresent());
        assertEquals(5, robot.lookup("#problems-table").queryAs(TableView.class).getItems().size());
        Path report = dir.resolve("rapport-" + System.nanoTime() + ".csv");
        app.dialogs().answerCsvWith(report);
        robot.clickOn("#problems-export");
        waitUntil(() -> Files.exists(report));
        String csv = Files.readString(report);
        assertTrue(csv.contains("13;Bedrag excl. BTW;#WAARDE!;Geen geldig bedrag"), csv);
        waitUntil(() -> robot.lookup("#" + FxDialogs.CLOSE_ID).tryQuery().isPresent());
        robot.clickOn("#" + FxDialogs.CLOSE_ID);
        robot.clickOn("#problems-close");
    }

    @Test
    void fileThatIsNotASpreadsheetGetsAClearMessage(FxRobot robot) throws Exception {
        int sample = imports(robot).getItems().size();
        Path file = Files.write(dir.resolve("foto-" + System.nanoTime() + ".xlsx"), new byte[] {(byte) 0x89, 'P', 0, 0});
        app.dialogs().answerImportWith(file);
        robot.clickOn("#spend-import");
        waitUntil(() -> robot.lookup("#dialog").tryQuery().isPresent());
        assertEquals("Dit is geen spreadsheet of CSV-bestand", robot.lookup("#dialog").queryAs(DialogPane.class)
                .getHeaderText());
        assertTrue(robot.lookup("#" + WizardLoadingPane.ID).tryQuery().isEmpty(), "the wizard closed itself");
        robot.clickOn("#" + FxDialogs.CLOSE_ID);
        assertEquals(sample, imports(robot).getItems().size());
    }
}
