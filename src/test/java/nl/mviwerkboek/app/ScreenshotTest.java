package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.testsupport.AppFixture;
import nl.mviwerkboek.testsupport.VisibleTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Writes a PNG of every chapter and the main dialogs, with the sample plan, to target/screenshots/. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTest {

    private static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    static Path home;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, home.resolve("screens"), Optional.empty());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.hideStage();
    }

    @Test
    void everyChapterWithTheSamplePlan(FxRobot robot) throws Exception {
        app.awaitPlan();
        Files.createDirectories(OUT);
        int n = 1;
        for (Chapter chapter : Chapter.values()) {
            robot.interact(() -> app.window().workbench().chapterProperty().set(chapter));
            String ready = switch (chapter) {
                case OVERZICHT -> "#progress-starten";
                case STARTEN -> "#stakeholder-table .table-row-cell";
                case SPENDANALYSE -> "#spend-imports .table-row-cell";
                case HUIDIGE_SITUATIE -> "#inventory-table .table-row-cell";
                case FOCUS -> "#focus-table .table-row-cell";
                case ACTIES -> "#action-table .table-row-cell";
                case VERANKERING -> "#anchoring-grid .anchoring-title";
                case MONITORING -> "#review-table .table-row-cell";
                case RAPPORT -> "#report-progress-basis";
            };
            waitUntil(() -> robot.lookup(ready).tryQuery().isPresent());
            if (chapter == Chapter.STARTEN) {
                waitUntil(() -> !robot.lookup("#profile-themes").queryLabeled().getText().isEmpty());
            }
            Path png = OUT.resolve(String.format("%02d-%s.png", n++, chapter.id()));
            write(robot, robot.lookup("#main-window").query().getScene(), png, shows(chapter));
        }
    }

    @Test
    void dialogsWithTheSamplePlan(FxRobot robot) throws Exception {
        app.awaitPlan();
        Files.createDirectories(OUT);
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.STARTEN));
        waitUntil(() -> robot.lookup("#stakeholder-table .table-row-cell").tryQuery().isPresent());
        AppFixture.scrollIntoView(robot, "#stakeholder-section");
        write(robot, robot.lookup("#main-window").query().getScene(), OUT.resolve("10-starten-betrokkenen.png"),
                "Fatima El Amrani", "f.elamrani@voorbeeldgemeente.nl");

        robot.interact(() -> robot.lookup("#stakeholder-table").queryTableView().getSelectionModel().select(1));
        robot.clickOn("#stakeholder-edit");
        waitUntil(() -> robot.lookup("#stakeholder-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#stakeholder-email").queryTextInputControl().setText("marco@"));
        write(robot, robot.lookup("#stakeholder-dialog").query().getScene(), OUT.resolve("11-dialoog-betrokkene.png"),
                "Joris Smit", "marco@", "⚠ Dit is geen geldig e-mailadres");
        AppFixture.cancelDialog(robot, "#stakeholder-cancel");

        robot.clickOn("#sample-banner-new");
        waitUntil(() -> robot.lookup("#newplan-dialog").tryQuery().isPresent());
        robot.clickOn("#newplan-name").write("Gemeente Oosterwold");
        write(robot, robot.lookup("#newplan-dialog").query().getScene(), OUT.resolve("12-dialoog-nieuw-plan.png"),
                "Gemeente Oosterwold", "Plan maken");
        AppFixture.cancelDialog(robot, "#newplan-cancel");

        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.SPENDANALYSE));
        waitUntil(() -> robot.lookup("#spend-imports .table-row-cell").tryQuery().isPresent());
        app.dialogs().answerImportWith(Path.of("sample-data", "crediteuren-2024.csv"));
        robot.clickOn("#spend-import");
        waitUntil(() -> robot.lookup("#import-wizard").tryQuery().isPresent());
        write(robot, robot.lookup("#import-wizard").query().getScene(), OUT.resolve("13-dialoog-import.png"),
                "Controleer hoe crediteuren-2024.csv wordt gelezen", "windows-1252", "Kolom 2: Naam");
        AppFixture.cancelDialog(robot, "#wizard-cancel");
        robot.interact(() -> robot.lookup("#spend-imports").queryTableView().getSelectionModel().select(1));
        robot.clickOn("#spend-problems");
        waitUntil(() -> robot.lookup("#problems-table").tryQuery().isPresent());
        write(robot, robot.lookup("#problems-dialog").query().getScene(), OUT.resolve("14-dialoog-overgeslagen.png"),
                "11 regels overgeslagen, samen € 43.095,69", "Geen leverancier: regel overgeslagen");
        robot.clickOn("#problems-close");
    }

    @Test
    void spendAnalysisTabsWithTheSamplePlan(FxRobot robot) throws Exception {
        app.awaitPlan();
        Files.createDirectories(OUT);
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.SPENDANALYSE));
        waitUntil(() -> robot.lookup("#spend-imports .table-row-cell").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#classified-share").queryLabeled().getText().startsWith("Ingedeeld"));
        javafx.scene.control.TabPane tabs = robot.lookup("#spend-tabs").queryAs(javafx.scene.control.TabPane.class);
        String[][] shots = {
            {"tab-classification", "#worklist-table .table-row-cell", "20-spend-indeling", "Theaterproducties Bakker"},
            {"tab-groups", "#groups-table .table-row-cell", "21-spend-productgroepen", "Automatisering en telecommunicatie"},
            {"tab-spending", "#spending-table .table-row-cell", "22-spend-uitgaven", "€ 31.763.406"},
            {"tab-suppliers", "#merge-suggestions .table-row-cell", "23-spend-leveranciers", "Detachering Veluwe N.V."},
            {"tab-thresholds", "#thresholds-table .table-row-cell", "24-spend-drempels", "€ 12.427.552"},
            {"tab-contracts", "#calendar-table .table-row-cell", "25-spend-contracten", "Schoonmaakbedrijf Visser"},
            {"tab-priorities", "#opportunities-table .table-row-cell", "26-spend-prioriteiten", "Afvalinzameling"}};
        for (String[] shot : shots) {
            robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> t.getId().equals(shot[0])).findFirst().orElseThrow()));
            waitUntil(() -> robot.lookup(shot[1]).tryQuery().isPresent());
            if (shot[0].equals("tab-suppliers")) {
                robot.interact(() -> robot.lookup("#suppliers-table").queryTableView().getSelectionModel().select(0));
                waitUntil(() -> robot.lookup("#supplier-lines .table-row-cell").tryQuery().isPresent());
            }
            WaitForAsyncUtils.waitForFxEvents();
            Path png = OUT.resolve(shot[2] + ".png");
            write(robot, robot.lookup("#main-window").query().getScene(), png, shot[3]);
            if (shot[0].equals("tab-priorities")) {
                AppFixture.scrollIntoView(robot, "#priority-matrix");
                WaitForAsyncUtils.waitForFxEvents();
                write(robot, robot.lookup("#main-window").query().getScene(), OUT.resolve("26b-spend-matrix.png"),
                        "Prioriteitenmatrix", "Uitgaven (miljoen euro)");
            }
            if (shot[0].equals("tab-contracts")) {
                Path register = Files.writeString(home.resolve("contractregister.csv"), String.join("\n",
                        "Contractregister Voorbeeldgemeente", "",
                        "Onderwerp;Leverancier;Productgroep;Startdatum;Afloop;Waarde;MVI",
                        "Beveiliging gemeentehuis;Veilig BV;beveiliging;01-07-2024;30-06-2028;€ 400.000;ja",
                        "Postbezorging;Koerier Noord;post;01-01-2023;31-12-2026;€ 50.000;nee",
                        "Kantoormeubilair;Zitwerk;kantoormeubilair;01-03-2025;28-02-2029;€ 180.000;ja") + "\n");
                app.dialogs().answerImportWith(register);
                robot.clickOn("#contract-import");
                waitUntil(() -> robot.lookup("#contract-import-preview .table-row-cell").tryQuery().isPresent());
                write(robot, robot.lookup("#contract-import-dialog").query().getScene(),
                        OUT.resolve("25b-dialoog-contractregister.png"), "contractregister.csv: de kolomnamen staan in rij 3");
                AppFixture.cancelDialog(robot, "#contract-import-cancel");
            }
        }
        Path plaat = OUT.resolve("27-praatplaat.png");
        app.dialogs().answerCsvWith(plaat.toAbsolutePath());
        AppFixture.scrollIntoView(robot, "#praatplaat-export");
        robot.clickOn("#praatplaat-export");
        waitUntil(() -> Files.exists(plaat) && robot.lookup("#dialog").tryQuery().isPresent());
        robot.clickOn("#dialog-close");
        assertTrue(Files.size(plaat) > 30_000, "the praatplaat has content");
    }

    @Test
    void situationAndFocusWithTheSamplePlan(FxRobot robot) throws Exception {
        app.awaitPlan();
        Files.createDirectories(OUT);
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.STARTEN));
        waitUntil(() -> robot.lookup("#theme-table .table-row-cell").tryQuery().isPresent());
        AppFixture.scrollIntoView(robot, "#theme-section");
        shot(robot, "30-starten-themas", "Ketenverantwoordelijkheid (internationale sociale voorwaarden)");

        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.HUIDIGE_SITUATIE));
        waitUntil(() -> robot.lookup("#inventory-table .table-row-cell").tryQuery().isPresent());
        shot(robot, "31-situatie-inventarisatie", "Regionale werkgroep social return");
        robot.interact(() -> robot.lookup("#inventory-table").queryTableView().getSelectionModel().select(0));
        robot.clickOn("#inventory-edit");
        waitUntil(() -> robot.lookup("#inventory-dialog").tryQuery().isPresent());
        write(robot, robot.lookup("#inventory-dialog").query().getScene(), OUT.resolve("32-dialoog-inventaris.png"),
                "Twaalf SROI-plaatsingen in het groenonderhoud", "In 2025 werkten twaalf mensen");
        AppFixture.cancelDialog(robot, "#inventory-cancel");
        selectTab(robot, "#situation-tabs", "tab-maturity");
        waitUntil(() -> robot.lookup("#maturity-chart .chart-bar").tryQuery().isPresent());
        shot(robot, "33-situatie-zelfscan", "Energiecontract is groen; in wegen en vervoer nog alleen proeven.");
        AppFixture.scrollIntoView(robot, "#maturity-chart");
        shot(robot, "33b-situatie-zelfscan-grafiek", "Eén proef met meubilair; nog geen werkwijze.");

        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.FOCUS));
        waitUntil(() -> robot.lookup("#focus-table .table-row-cell").tryQuery().isPresent());
        shot(robot, "34-focus-themas", "3 focusthema's gekozen", "2 · Significant");
        robot.interact(() -> robot.lookup("#focus-table").queryTableView().getSelectionModel().select(1));
        robot.clickOn("#focus-edit");
        waitUntil(() -> robot.lookup("#focus-dialog").tryQuery().isPresent());
        write(robot, robot.lookup("#focus-dialog").query().getScene(), OUT.resolve("35-dialoog-focusthema.png"),
                "Focus op Klimaat", "Dit thema is een focusthema");
        AppFixture.cancelDialog(robot, "#focus-cancel");
        selectTab(robot, "#focus-tabs", "tab-goals");
        waitUntil(() -> robot.lookup("#goal-table .table-row-cell").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#goal-table").queryTableView().getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#progress-table .table-row-cell").tryQuery().isPresent());
        shot(robot, "36-focus-doelen", "4 van 7 doelen meetbaar", "Het eigen wagenpark rijdt emissievrij.");
        robot.interact(() -> robot.lookup("#goal-table").queryTableView().getSelectionModel().select(2));
        robot.clickOn("#goal-edit");
        waitUntil(() -> robot.lookup("#goal-dialog").tryQuery().isPresent());
        write(robot, robot.lookup("#goal-dialog").query().getScene(), OUT.resolve("37-dialoog-doel.png"),
                "Het doelgroepenvervoer wordt schoner.", "Aandeel zero-emissie ritten");
        AppFixture.cancelDialog(robot, "#goal-cancel");
    }

    @Test
    void actionsAnchoringAndMonitoringWithTheSamplePlan(FxRobot robot) throws Exception {
        app.awaitPlan();
        Files.createDirectories(OUT);
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.ACTIES));
        waitUntil(() -> robot.lookup("#action-table .table-row-cell").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#action-table").queryTableView().getSelectionModel().select(1));
        shot(robot, "40-acties-lijst", "Contractregister aanvullen met einddata en opties", "Marco de Wit");
        AppFixture.scrollIntoView(robot, "#action-log");
        shot(robot, "40b-acties-logboek", "Marco de Wit");
        AppFixture.scrollIntoView(robot, "#action-edit");
        robot.clickOn("#action-edit");
        waitUntil(() -> robot.lookup("#action-dialog").tryQuery().isPresent());
        write(robot, robot.lookup("#action-dialog").query().getScene(), OUT.resolve("41-dialoog-actie.png"),
                "Inventarisatie herbruikbare materialen in de gemeentewerf", "Circulair (incl. biobased)");
        AppFixture.cancelDialog(robot, "#action-cancel");
        selectTab(robot, "#action-tabs", "tab-timeline");
        waitUntil(() -> robot.lookup("#timeline-grid .timeline-bar").tryQuery().isPresent());
        shot(robot, "42-acties-tijdlijn", "2027", "MVI-paragraaf in het sjabloon aan");
        selectTab(robot, "#action-tabs", "tab-suggestions");
        waitUntil(() -> robot.lookup("#suggestion-0").tryQuery().isPresent());
        shot(robot, "43-acties-suggesties", "Het doel \"100% circulair inkopen.\" heeft nog geen eigenaar.");

        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.VERANKERING));
        waitUntil(() -> robot.lookup("#anchoring-grid .anchoring-title").tryQuery().isPresent());
        shot(robot, "44-verankering", "5 van 11 maatregelen geregeld, 6 nog open", "12-12-2025");

        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.MONITORING));
        waitUntil(() -> robot.lookup("#review-table .table-row-cell").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#review-table").queryTableView().getSelectionModel().select(0));
        shot(robot, "45-monitoring-reviews", "Bedrijfskleding van gecertificeerd katoen", "Toegevoegd (Gepland)");
        AppFixture.scrollIntoView(robot, "#review-changes");
        shot(robot, "45b-monitoring-review-wijzigingen", "E-learning MVI-criteriatool voor inkopers");
        selectTab(robot, "#monitoring-tabs", "tab-goal-progress");
        waitUntil(() -> robot.lookup("#trend-table .table-row-cell").tryQuery().isPresent());
        shot(robot, "46-monitoring-doelen", "22 % op 30-06-2026", "Op koers");
        AppFixture.scrollIntoView(robot, "#trend-chart");
        shot(robot, "46b-monitoring-doelen-grafiek", "420 ton CO2 (2025)");
        selectTab(robot, "#monitoring-tabs", "tab-versions");
        waitUntil(() -> robot.lookup("#version-table .table-row-cell").tryQuery().isPresent());
        AppFixture.scrollIntoView(robot, "#version-compare");
        robot.clickOn("#version-compare");
        waitUntil(() -> robot.lookup("#version-differences .table-row-cell").tryQuery().isPresent());
        shot(robot, "47-monitoring-jaarversies", "Vastgesteld door de gemeenteraad op 10 februari 2026.");
        AppFixture.scrollIntoView(robot, "#version-take");
        robot.clickOn("#version-take");
        waitUntil(() -> robot.lookup("#version-dialog").tryQuery().isPresent());
        write(robot, robot.lookup("#version-dialog").query().getScene(), OUT.resolve("48-dialoog-jaarversie.png"),
                "Jaarversie vastleggen", "2026");
        AppFixture.cancelDialog(robot, "#version-cancel");

        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.OVERZICHT));
        waitUntil(() -> robot.lookup("#fact-actions").tryQuery().isPresent());
        shot(robot, "49-overzicht", "Voorbeeldgemeente (Gemeente)", "34.800");
    }

    @Test
    void reportChapterWithTheSamplePlan(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        app.awaitPlan();
        Files.createDirectories(OUT);
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.RAPPORT));
        waitUntil(() -> robot.lookup("#report-progress-basis").queryLabeled().getText().contains("2026"));
        shot(robot, "50-rapport", "Vastgesteld", "10-02-2026");
        AppFixture.scrollIntoView(robot, "#report-export-progress");
        shot(robot, "50b-rapport-onder", "Bijlage: voorbeeldenbank");
        app.dialogs().answerDocumentWith(out.resolve("voortgang.docx"));
        robot.clickOn("#report-export-progress");
        waitUntil(() -> robot.lookup("#" + nl.mviwerkboek.shared.ui.FxDialogs.CONFIRM_ID).tryQuery().isPresent());
        write(robot, robot.lookup("#dialog").query().getScene(), OUT.resolve("51-dialoog-document-gemaakt.png"),
                "voortgang.docx staat in");
        robot.clickOn("#" + nl.mviwerkboek.shared.ui.FxDialogs.CANCEL_ID);
    }

    @Test
    void supportAndSuccessesWithTheSamplePlan(FxRobot robot) throws Exception {
        app.awaitPlan();
        Files.createDirectories(OUT);
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.STARTEN));
        waitUntil(() -> robot.lookup("#support-summary").queryLabeled().getText().startsWith("12 punten"));
        AppFixture.scrollIntoView(robot, "#swot-grid");
        shot(robot, "10b-starten-swot", "Kleine organisatie: de lijnen naar budgethouders zijn kort.");
        AppFixture.scrollIntoView(robot, "#objection-table");
        shot(robot, "10c-starten-waarom-niet", "Bezuinigingen in de begroting 2027.");
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.MONITORING));
        waitUntil(() -> robot.lookup("#monitoring-tabs").tryQuery().isPresent());
        selectTab(robot, "#monitoring-tabs", "tab-successes");
        waitUntil(() -> robot.lookup("#success-table .table-row-cell").tryQuery().isPresent());
        shot(robot, "47b-monitoring-successen", "4 successen, waarvan 4 gedeeld", "Genomineerd voor de Koopwijsprijs met het afvalcontract.");
        robot.clickOn("#success-add");
        waitUntil(() -> robot.lookup("#success-dialog").tryQuery().isPresent());
        write(robot, robot.lookup("#success-dialog").query().getScene(), OUT.resolve("48b-dialoog-succes.png"),
                "Succes toevoegen", "⚠ Beschrijf wat er goed ging.");
        AppFixture.cancelDialog(robot, "#success-cancel");
    }

    @Test
    void tendersAndExamplesWithTheSamplePlan(FxRobot robot) throws Exception {
        app.awaitPlan();
        Files.createDirectories(OUT);
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.ACTIES));
        waitUntil(() -> robot.lookup("#action-tabs").tryQuery().isPresent());
        selectTab(robot, "#action-tabs", "tab-tenders");
        javafx.scene.control.ListView<nl.mviwerkboek.actions.Action> list = robot.lookup("#tender-list").queryListView();
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(a -> a.title().startsWith("Emissievrij leerlingenvervoer")).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#tender-criteria").queryTableView().getItems().size() == 3);
        shot(robot, "42b-acties-aanbesteding", "ICT-werkplekken: refurbished laptops");
        AppFixture.scrollIntoView(robot, "#tender-effects");
        shot(robot, "42c-acties-aanbesteding-effecten", "Energiecontract: groene stroom uit Nederland");
        selectTab(robot, "#action-tabs", "tab-examples");
        waitUntil(() -> robot.lookup("#example-table .table-row-cell").tryQuery().isPresent());
        shot(robot, "43b-acties-voorbeelden", "5 van 5 voorbeelden", "Emissievrij leerlingenvervoer");
        robot.interact(() -> robot.lookup("#example-table").queryTableView().getSelectionModel().select(1));
        robot.clickOn("#example-edit");
        waitUntil(() -> robot.lookup("#example-dialog").tryQuery().isPresent());
        write(robot, robot.lookup("#example-dialog").query().getScene(), OUT.resolve("43c-dialoog-voorbeeld.png"),
                "Catering met seizoensproducten", "Waterschap De Polder");
        AppFixture.cancelDialog(robot, "#example-cancel");
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.MONITORING));
        waitUntil(() -> robot.lookup("#monitoring-tabs").tryQuery().isPresent());
        selectTab(robot, "#monitoring-tabs", "tab-goal-progress");
        waitUntil(() -> robot.lookup("#trend-table .table-row-cell").tryQuery().isPresent());
        shot(robot, "46c-monitoring-doelen-effecten", "2 doelen op koers of gehaald");
        selectTab(robot, "#monitoring-tabs", "tab-effects");
        waitUntil(() -> robot.lookup("#monitoring-effects .table-row-cell").tryQuery().isPresent());
        shot(robot, "46d-monitoring-effecten", "Minder CO2-uitstoot door emissievrije busjes", "40 ton CO2");
    }

    @Test
    void welcomeGuideAboutAndErrorDialogs(FxRobot robot) throws Exception {
        app.awaitPlan();
        Files.createDirectories(OUT);
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.FOCUS));
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        waitUntil(() -> robot.lookup("#guide-window").tryQuery().isPresent());
        write(robot, robot.lookup("#guide-window").query().getScene(), OUT.resolve("61-handleiding.png"),
                "Zo ziet het er goed uit", "Valkuilen");
        javafx.stage.Window guide = robot.lookup("#guide-window").query().getScene().getWindow();
        robot.interact(guide::hide);
        javafx.application.Platform.runLater(() -> {
            throw new IllegalStateException("Voorbeeld van een onverwachte fout");
        });
        waitUntil(() -> robot.lookup("#crash-dialog").tryQuery().isPresent());
        write(robot, robot.lookup("#crash-dialog").query().getScene(), OUT.resolve("63-dialoog-onverwachte-fout.png"),
                "Je plan is veilig", "Technische details kopiëren");
        robot.clickOn("#" + nl.mviwerkboek.shared.ui.FxDialogs.CLOSE_ID);
        robot.clickOn("#menu-help").clickOn("#menu-about");
        waitUntil(() -> robot.lookup("#about-dialog").tryQuery().isPresent());
        write(robot, robot.lookup("#about-dialog").query().getScene(), OUT.resolve("62-dialoog-over.png"),
                "Gebruikte software en licenties", "OpenJFX");
        robot.clickOn("#about-close");
        robot.clickOn("#menu-file").clickOn("#menu-close");
        waitUntil(() -> robot.lookup("#welcome-view").tryQuery().isPresent());
        shot(robot, "60-welkom", "Welkom bij MVI Werkboek", "Voorbeeldplan bekijken");
    }

    /** What the sample plan puts on each chapter's first screen: its own data, not the chapter's fixed texts. */
    private static String[] shows(Chapter chapter) {
        return switch (chapter) {
            case OVERZICHT -> new String[] {"Voorbeeldgemeente (Gemeente)", "€ 183.542.723 in 29.989 regels"};
            case STARTEN -> new String[] {"Wethouder Duurzaamheid en Financiën", "34.800", "14-03-2023"};
            case HUIDIGE_SITUATIE -> new String[] {"Twaalf SROI-plaatsingen in het groenonderhoud"};
            case SPENDANALYSE -> new String[] {"29.989 regels · € 183.542.723 · 1.706 leveranciers · 3 imports"};
            case FOCUS -> new String[] {"3 focusthema's gekozen", "Wegen en bestrating, Dienstauto's en werkvoertuigen"};
            case ACTIES -> new String[] {"40 van 40 acties getoond", "Contractregister aanvullen met einddata en opties"};
            case VERANKERING -> new String[] {"5 van 11 maatregelen geregeld", "Inkoop- en aanbestedingsbeleid 2025, paragraaf 4"};
            case MONITORING -> new String[] {"Bedrijfskleding van gecertificeerd katoen"};
            case RAPPORT -> new String[] {"10-02-2026", "de gemeenteraad"};
        };
    }

    private static void selectTab(FxRobot robot, String pane, String id) {
        AppFixture.selectTab(robot, pane, id);
    }

    private static void shot(FxRobot robot, String name, String... shows) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, robot.lookup("#main-window").query().getScene(), OUT.resolve(name + ".png"), shows);
    }

    /**
     * Writes a PNG of {@code scene} (and beside it the texts it shows, for reading) and checks what the screen
     * shows: every text in {@code shows} is part of a text visible in the window, and the image is not blank.
     */
    private static void write(FxRobot robot, Scene scene, Path png, String... shows) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        AtomicReference<List<String>> texts = new AtomicReference<>();
        robot.interact(() -> {
            image.set(scene.snapshot(null));
            texts.set(VisibleTexts.of(scene).stream().distinct().toList());
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", png.toFile());
        Files.write(Path.of(png.toString().replace(".png", ".txt")), texts.get());
        assertTrue(VisibleTexts.colours(image.get()) > 40, png + " is not blank");
        assertTrue(shows.length > 0, png + ": say what the screen must show");
        for (String expected : shows) {
            assertTrue(texts.get().stream().anyMatch(t -> t.contains(expected)),
                    png + " shows \"" + expected + "\"; it shows " + texts.get());
        }
    }

}
