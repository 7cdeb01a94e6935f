package nl.mviwerkboek.app;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.shared.ui.Chapter;
import nl.mviwerkboek.shared.ui.Mnemonics;
import nl.mviwerkboek.testsupport.AppFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MnemonicsInWindowTest {

    @TempDir
    static Path dir;
    private AppFixture app;

    @Start
    void start(Stage stage) {
        app = AppFixture.start(stage, dir.resolve("home-" + System.nanoTime()), Optional.empty());
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> Messages.setLocale(Messages.DUTCH));
        FxToolkit.hideStage();
    }

    @Test
    void everyMenuAndMenuItemHasItsOwnLetterInDutchAndEnglish(FxRobot robot) {
        app.awaitPlan();
        checkMenus(robot, Set.of('B', 'G', 'E', 'I', 'H'));
        robot.interact(() -> ((Menu) menuBar(robot).getMenus().get(3).getItems().get(0)).getItems().get(1).fire());
        waitUntil(() -> Messages.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())
                && menuBar(robot).getMenus().get(0).getText().equals("_File"));
        checkMenus(robot, Set.of('F', 'G', 'V', 'S', 'H'));
    }

    @Test
    void altBOpensBestand(FxRobot robot) {
        app.awaitPlan();
        robot.clickOn("#chapter-content");
        robot.press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        waitUntil(() -> menuBar(robot).getMenus().get(0).isShowing());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    private static MenuBar menuBar(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }

    private static void checkMenus(FxRobot robot, Set<Character> expectedTitles) {
        Set<Character> titles = new HashSet<>();
        for (Menu menu : menuBar(robot).getMenus()) {
            assertTrue(titles.add(Mnemonics.letter(menu.getText())), menu.getText());
            checkItems(menu);
        }
        assertEquals(expectedTitles, titles);
    }

    private static void checkItems(Menu menu) {
        Set<Character> letters = new HashSet<>();
        for (MenuItem item : menu.getItems()) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            Character letter = Mnemonics.letter(item.getText());
            assertNotNull(letter, menu.getText() + " > " + item.getText());
            assertTrue(item.isMnemonicParsing(), item.getText());
            assertTrue(letters.add(letter), "twice " + letter + " in " + menu.getText() + ": " + item.getText());
            if (item instanceof Menu sub) {
                checkItems(sub);
            }
        }
        assertFalse(letters.isEmpty(), menu.getText());
    }

    @Test
    void aDialogsConfirmAndCancelAndAPagesButtonsHaveLettersThatLeaveTheMenusFree(FxRobot robot) {
        app.awaitPlan();
        robot.interact(() -> app.window().workbench().chapterProperty().set(Chapter.STARTEN));
        waitUntil(() -> robot.lookup("#stakeholder-add").tryQuery().isPresent());
        Set<Character> bar = new HashSet<>();
        for (String id : new String[] {"#stakeholder-add", "#stakeholder-edit", "#stakeholder-delete"}) {
            Character letter = Mnemonics.letter(robot.lookup(id).queryButton().getText());
            assertNotNull(letter, id);
            assertFalse(Set.of('B', 'G', 'E', 'I', 'H').contains(letter), id);
            assertTrue(bar.add(letter), id);
        }
        AppFixture.scrollIntoView(robot, "#stakeholder-add");
        robot.clickOn("#stakeholder-add");
        waitUntil(() -> robot.lookup("#stakeholder-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#stakeholder-dialog").queryAs(DialogPane.class);
        Button confirm = robot.from(pane).lookup(".button").match(b -> "_Toevoegen".equals(((Button) b).getText()))
                .queryButton();
        Button cancel = robot.from(pane).lookup(".button").match(b -> "_Annuleren".equals(((Button) b).getText()))
                .queryButton();
        assertNotEquals(Mnemonics.letter(confirm.getText()), Mnemonics.letter(cancel.getText()));
        robot.press(KeyCode.ALT, KeyCode.A).release(KeyCode.A, KeyCode.ALT);
        waitUntil(() -> robot.lookup("#stakeholder-dialog").tryQuery().isEmpty());
    }
}
