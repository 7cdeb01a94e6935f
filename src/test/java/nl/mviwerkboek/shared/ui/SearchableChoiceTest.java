package nl.mviwerkboek.shared.ui;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SearchableChoiceTest {

    record Group(String code, String name) {
    }

    private static final List<Group> GROUPS = List.of(new Group("zorg", "Zorg en welzijn"),
            new Group("schoon", "Schoonmaak"), new Group("ict", "ICT-hardware"), new Group("afval", "afvalinzameling"),
            new Group("cat", "Catering"), new Group("kled", "Bedrijfskleding"), new Group("scholen", "Schoolvervoer"),
            new Group("ener", "Énergie"));
    private final SimpleObjectProperty<Group> chosen = new SimpleObjectProperty<>();

    @Start
    void start(Stage stage) {
        Function<Group, String> name = Group::name;
        stage.setScene(new Scene(new VBox(10, SearchableChoice.optional("pick", chosen, GROUPS, name, "field.clear"),
                new javafx.scene.control.TextField()), 400, 300));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Group> box(FxRobot robot) {
        return robot.lookup("#pick").queryAs(ComboBox.class);
    }

    @Test
    void listsTheGroupsAlphabeticallyTheDutchWay(FxRobot robot) {
        assertEquals(List.of("afvalinzameling", "Bedrijfskleding", "Catering", "Énergie", "ICT-hardware",
                "Schoolvervoer", "Schoonmaak", "Zorg en welzijn"), box(robot).getItems().stream().map(Group::name).toList());
    }

    @Test
    void typingAFewLettersNarrowsTheListAndEnterTakesTheFirst(FxRobot robot) {
        robot.clickOn("#pick");
        robot.write("scho");
        waitUntil(() -> visibleList(robot) != null && visibleList(robot).getItems().size() == 2);
        assertEquals(List.of("Schoolvervoer", "Schoonmaak"), visibleList(robot).getItems().stream()
                .map(o -> ((Group) o).name()).toList());
        robot.write("on").type(KeyCode.ENTER);
        waitUntil(() -> chosen.get() != null);
        assertEquals("schoon", chosen.get().code());
        assertEquals("schoon", box(robot).getValue().code());
    }

    @Test
    void aSearchWithoutMatchKeepsTheValueAndTheClearButtonAndTheBindingStillWork(FxRobot robot) {
        robot.interact(() -> chosen.set(GROUPS.get(4)));
        assertEquals("Catering", box(robot).getValue().name());
        robot.clickOn("#pick");
        robot.write("xyz").type(KeyCode.ESCAPE);
        robot.clickOn(".text-field");
        assertEquals("Catering", chosen.get().name());
        assertEquals("Catering", box(robot).getValue().name());
        robot.clickOn("#pick-clear");
        assertNull(chosen.get());
        assertNull(box(robot).getValue());
        robot.interact(() -> chosen.set(GROUPS.get(0)));
        assertEquals("Zorg en welzijn", box(robot).getValue().name());
    }

    private static ListView<?> visibleList(FxRobot robot) {
        return robot.lookup(".list-view").match(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && !((ListView<?>) n).getItems().isEmpty() || false).tryQueryAs(ListView.class).orElse(null);
    }
}
