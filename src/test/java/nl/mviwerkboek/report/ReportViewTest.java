package nl.mviwerkboek.report;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.FxDialogs;
import nl.mviwerkboek.testsupport.AppFixture;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
class ReportViewTest {

    @TempDir
    static Path home;
    @TempDir
    Path out;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("report-" + System.nanoTime()), Optional.empty());
    }

    @BeforeEach
    void open(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.RAPPORT));
        waitUntil(() -> robot.lookup("#report-progress-basis").queryAs(Label.class).getText().contains("2026 (vastgesteld)"));
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    private ReportSettings stored() {
        return app.window().workbench().sessionProperty().get().report().state().join().settings();
    }

    @Test
    void statusAndSectionsAreSavedAsTheyChange(FxRobot robot) {
        assertEquals(PlanStatus.VASTGESTELD, robot.lookup("#report-status").<ComboBox<PlanStatus>>query().getValue());
        assertEquals(LocalDate.of(2026, 2, 10), robot.lookup("#report-adopted-on").queryAs(DatePicker.class).getValue());
        robot.interact(() -> robot.lookup("#report-status").<ComboBox<PlanStatus>>query().setValue(PlanStatus.CONCEPT));
        waitUntil(() -> stored().concept());
        assertTrue(robot.lookup("#report-adopted-on").queryAs(DatePicker.class).isDisabled(),
                "no adoption date for a concept");
        assertEquals(null, stored().adoptedOn());
        AppFixture.scrollIntoView(robot, "#report-section-spend");
        robot.clickOn("#report-section-spend");
        waitUntil(() -> !stored().includes(ReportSection.SPEND));
        robot.interact(() -> robot.lookup("#report-detail").<ComboBox<ReportDetail>>query().setValue(ReportDetail.BEKNOPT));
        waitUntil(() -> stored().detail() == ReportDetail.BEKNOPT);
        robot.interact(() -> robot.lookup("#report-status").<ComboBox<PlanStatus>>query().setValue(PlanStatus.VASTGESTELD));
        waitUntil(() -> !stored().concept());
        assertEquals(LocalDate.of(2026, 2, 10), stored().adoptedOn(), "a status set back by mistake keeps its date");
        robot.interact(() -> {
            robot.lookup("#report-status").<ComboBox<PlanStatus>>query().setValue(PlanStatus.CONCEPT);
            robot.lookup("#report-adopted-on").queryAs(DatePicker.class).setValue(null);
            robot.lookup("#report-status").<ComboBox<PlanStatus>>query().setValue(PlanStatus.VASTGESTELD);
        });
        waitUntil(() -> !stored().concept() && LocalDate.now().equals(stored().adoptedOn()));
    }

    @Test
    void makingTheActionPlanRunsInTheBackgroundAndOffersToOpenIt(FxRobot robot) throws Exception {
        Path target = out.resolve("Actieplan");
        app.dialogs().answerDocumentWith(target);
        AppFixture.scrollIntoView(robot, "#report-export-plan");
        robot.clickOn("#report-export-plan");
        waitUntil(() -> robot.lookup("#" + FxDialogs.CONFIRM_ID).tryQuery().isPresent());
        Path written = out.resolve("Actieplan.docx");
        assertTrue(Files.exists(written), "the extension is added");
        assertFalse(robot.lookup("#report-export-plan").queryAs(Button.class).isDisable(), "the job has ended");
        robot.clickOn("#" + FxDialogs.CONFIRM_ID);
        waitUntil(() -> app.dialogs().opened().equals(List.of(written)));
        assertFalse(robot.lookup("#report-export-plan").queryAs(Button.class).isDisabled(), "ready for the next one");
        try (InputStream in = Files.newInputStream(written); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("Voorbeeldgemeente", doc.getParagraphs().get(1).getText());
        }
    }

    @Test
    void theWorkbookIsMadeAndNotOpenedWhenTheUserCloses(FxRobot robot) {
        Path target = out.resolve("werkboek.xlsx");
        app.dialogs().answerDocumentWith(target);
        AppFixture.scrollIntoView(robot, "#report-export-workbook");
        robot.clickOn("#report-export-workbook");
        waitUntil(() -> robot.lookup("#" + FxDialogs.CANCEL_ID).tryQuery().isPresent());
        robot.clickOn("#" + FxDialogs.CANCEL_ID);
        assertTrue(Files.exists(target));
        assertTrue(app.dialogs().opened().isEmpty());
    }
}
