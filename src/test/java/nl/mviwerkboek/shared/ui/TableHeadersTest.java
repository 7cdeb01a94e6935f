package nl.mviwerkboek.shared.ui;

import static nl.mviwerkboek.testsupport.AppFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A column is never narrower than its header's text (up to a bound), so "Overgeslagen" is not cut. */
@ExtendWith(ApplicationExtension.class)
class TableHeadersTest {

    private TableView<String> table;
    private TableColumn<String, String> skipped;
    private TableColumn<String, String> long_;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList("a", "b"));
        skipped = new TableColumn<>("Overgeslagen");
        long_ = new TableColumn<>("Een heel lange kop die de tabel anders zijdelings zou laten schuiven");
        skipped.setMinWidth(20);
        skipped.setPrefWidth(30);
        table.getColumns().addAll(java.util.List.of(new TableColumn<>("Bestand"), skipped, long_));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        stage.setScene(new Scene(TableHeaders.fit(table), 500, 200));
        stage.show();
    }

    @Test
    void aNarrowColumnGrowsToItsWholeHeaderAndALongHeaderStaysBounded(FxRobot robot) {
        waitUntil(() -> skipped.getMinWidth() > 30);
        Label label = robot.from(table.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() == skipped).findFirst().orElseThrow())
                .lookup(".label").queryAs(Label.class);
        assertTrue(skipped.getMinWidth() >= label.prefWidth(-1), skipped.getMinWidth() + " < " + label.prefWidth(-1));
        assertTrue(skipped.getWidth() >= label.prefWidth(-1), "shown whole: " + skipped.getWidth());
        assertEquals(160, long_.getMinWidth(), 0.5, "a long header may be shortened rather than widen the table");
    }
}
