package nl.mviwerkboek.testsupport;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.text.Text;

/**
 * The texts a person sees in a scene: of shown nodes that lie, at least partly, inside the window and
 * inside every scroll pane or clipped area around them. For screenshot tests that check what a screen shows.
 */
public final class VisibleTexts {

    private VisibleTexts() {
    }

    /** Every visible text in {@code scene}, in scene-graph order. Call on the FX thread. */
    public static List<String> of(Scene scene) {
        List<String> texts = new ArrayList<>();
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        collect(scene.getRoot(), window, texts);
        return texts;
    }

    /** How many different colours the image has: a blank or single-colour snapshot has very few. */
    public static long colours(Image image) {
        var reader = image.getPixelReader();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y += 2) {
            for (int x = 0; x < (int) image.getWidth(); x += 2) {
                seen.add(reader.getArgb(x, y));
            }
        }
        return seen.size();
    }

    private static void collect(Node node, Bounds area, List<String> texts) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        if (!bounds.intersects(area)) {
            return;
        }
        Bounds inner = node instanceof ScrollPane || node.getClip() != null ? intersection(area, bounds) : area;
        String text = switch (node) {
            case Labeled l -> l.getText();
            case TextInputControl t -> t.getText();
            case Text t -> t.getText();
            default -> null;
        };
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, inner, texts));
        }
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }
}
