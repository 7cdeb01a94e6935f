package nl.mviwerkboek.spend.priority;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import nl.mviwerkboek.shared.i18n.Messages;

/** The colours of the priorities and their legend, the same in the matrix and on the praatplaat. */
final class PriorityColours {

    private PriorityColours() {
    }

    /** The colour of a priority (the legend and the texts say the same, for colour blindness). */
    static Color fill(Priority p) {
        return Color.web(p.colour());
    }

    /** Whether text on this colour should be white rather than dark. */
    static boolean darkFill(Priority p) {
        return p.darkColour();
    }

    /** The same legend as a column, beside the matrix. */
    static javafx.scene.layout.VBox legendColumn() {
        HBox row = legend(13);
        javafx.scene.layout.VBox column = new javafx.scene.layout.VBox(6);
        column.getChildren().setAll(row.getChildren());
        return column;
    }

    /** A row "● Prioriteit Hoog  ● Prioriteit Midden  ● Prioriteit Laag" in the given text size. */
    static HBox legend(double textSize) {
        HBox legend = new HBox(textSize * 1.5);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (Priority p : Priority.values()) {
            Label l = new Label(Messages.get("praatplaat.legend.priority", p.label()), new Circle(textSize * 0.6,
                    fill(p)));
            l.setFont(Font.font("System", textSize));
            l.setTextFill(Color.web("#1b2a3a"));
            legend.getChildren().add(l);
        }
        return legend;
    }
}
