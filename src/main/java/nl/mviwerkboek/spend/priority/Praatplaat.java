package nl.mviwerkboek.spend.priority;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;

/**
 * The one-page picture for presentations: product groups as bubbles sized by spend and coloured by
 * priority (the priority is also written in each bubble), with the municipality, period and a legend.
 */
public final class Praatplaat extends VBox {

    /** Width and height of the picture in pixels at scale 1. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    private static final double AREA_HEIGHT = 600;
    private static final double AREA_WIDTH = 930;
    private static final double INSIDE_RADIUS = 46;
    private static final double MIN_FONT = 9;

    /** The picture of {@code p}. */
    public Praatplaat(PriorityPicture p) {
        setId("praatplaat");
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        setSpacing(10);
        setPadding(new Insets(28, 36, 20, 36));
        setStyle("-fx-background-color: white;");
        Label title = text(Messages.get("praatplaat.title", p.organisation()), 30, FontWeight.BOLD, "#1b2a3a");
        Label subtitle = text(Messages.get("praatplaat.subtitle",
                Formats.yearRange(p.periodStart(), p.periodEnd())), 16, FontWeight.NORMAL, "#44515e");
        Pane area = new Pane();
        area.setPrefSize(AREA_WIDTH, AREA_HEIGHT);
        area.setMinSize(AREA_WIDTH, AREA_HEIGHT);
        VBox small = new VBox(6);
        small.setPadding(new Insets(24, 0, 0, 12));
        List<GroupPriority> groups = p.groups().stream().filter(g -> g.spendCents() > 0).toList();
        List<BubbleLayout.Circle> circles = BubbleLayout.layout(groups.stream().map(GroupPriority::spendCents)
                .toList(), AREA_WIDTH, AREA_HEIGHT);
        int number = 0;
        for (BubbleLayout.Circle c : circles) {
            GroupPriority g = groups.get(c.index());
            Circle bubble = new Circle(c.x(), c.y(), c.r(), PriorityColours.fill(g.priority()));
            bubble.setStroke(Color.WHITE);
            bubble.setStrokeWidth(2);
            area.getChildren().add(bubble);
            if (fitsInside(g, c)) {
                area.getChildren().add(label(g, c));
            } else {
                number++;
                area.getChildren().add(numberLabel(number, g, c));
                if (small.getChildren().isEmpty()) {
                    small.getChildren().add(text(Messages.get("praatplaat.smaller"), 15, FontWeight.BOLD, "#1b2a3a"));
                }
                Label line = text(number + ". " + g.group().name() + " — " + millions(g) + " · "
                        + g.priority().label().toLowerCase(Messages.locale()), 13, FontWeight.NORMAL, "#1b2a3a");
                line.setWrapText(true);
                small.getChildren().add(line);
            }
        }
        HBox body = new HBox(area, small);
        HBox legend = PriorityColours.legend(14);
        legend.getChildren().add(text(Messages.get("praatplaat.legend.size"), 14, FontWeight.NORMAL, "#44515e"));
        Label note = text(Messages.get("praatplaat.note"), 12, FontWeight.NORMAL, "#5f6b76");
        note.setWrapText(true);
        getChildren().addAll(title, subtitle, body, legend, note);
    }

    private static String millions(GroupPriority g) {
        return Messages.get("praatplaat.millions", Formats.decimal(Math.round(g.spendCents() / 1e7) / 10.0));
    }

    /** Whether the name can be written inside the bubble without breaking a word below the smallest size. */
    private static boolean fitsInside(GroupPriority g, BubbleLayout.Circle c) {
        return c.r() >= INSIDE_RADIUS && fontSize(g.group().name(), c) >= MIN_FONT;
    }

    private static double fontSize(String name, BubbleLayout.Circle c) {
        int longestWord = java.util.Arrays.stream(name.split("\\s+")).mapToInt(String::length).max().orElse(1);
        return Math.min(Math.min(17, c.r() / 5), c.r() * 1.7 / (longestWord * 0.74));
    }

    private static Label label(GroupPriority g, BubbleLayout.Circle c) {
        String name = g.group().name();
        Label l = new Label(name + "\n" + millions(g) + " · " + g.priority().label().toLowerCase(Messages.locale()));
        l.setTextAlignment(TextAlignment.CENTER);
        l.setAlignment(Pos.CENTER);
        l.setWrapText(true);
        double w = c.r() * 1.7;
        double size = fontSize(name, c);
        l.setFont(Font.font("System", FontWeight.BOLD, size));
        l.setTextFill(Color.web(PriorityColours.darkFill(g.priority()) ? "#ffffff" : "#1b2a3a"));
        l.setPrefWidth(w);
        l.setMaxWidth(w);
        l.setLayoutX(c.x() - w / 2);
        l.setLayoutY(c.y() - size * 2);
        return l;
    }

    private static Label numberLabel(int number, GroupPriority g, BubbleLayout.Circle c) {
        Label l = new Label(String.valueOf(number));
        l.setFont(Font.font("System", FontWeight.BOLD, 13));
        l.setTextFill(Color.web(PriorityColours.darkFill(g.priority()) ? "#ffffff" : "#1b2a3a"));
        l.setAlignment(Pos.CENTER);
        l.setPrefWidth(2 * c.r());
        l.setLayoutX(c.x() - c.r());
        l.setLayoutY(c.y() - 9);
        return l;
    }

    private static Label text(String s, double size, FontWeight weight, String color) {
        Label l = new Label(s);
        l.setFont(Font.font("System", weight, size));
        l.setTextFill(Color.web(color));
        return l;
    }
}
