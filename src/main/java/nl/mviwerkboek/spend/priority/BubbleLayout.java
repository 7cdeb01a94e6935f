package nl.mviwerkboek.spend.priority;

import java.util.ArrayList;
import java.util.List;

/**
 * Places circles whose areas follow their values inside a box without overlap: largest in the middle,
 * the others on a spiral around it. If they do not fit, all circles shrink and placing starts again.
 */
public final class BubbleLayout {

    /** A placed circle: centre, radius, and the index of its value in the input. */
    public record Circle(double x, double y, double r, int index) {
    }

    private static final double GAP = 4;
    private static final double FILL = 0.42;

    private BubbleLayout() {
    }

    /** Circles for {@code values} (non-negative; zeros get no circle) in a box of {@code w} × {@code h}. */
    public static List<Circle> layout(List<Long> values, double w, double h) {
        double total = values.stream().mapToLong(v -> Math.max(0, v)).sum();
        if (total <= 0) {
            return List.of();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) > 0) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Long.compare(values.get(b), values.get(a)));
        double scale = Math.sqrt(FILL * w * h / (Math.PI * total));
        for (int attempt = 0; attempt < 40; attempt++, scale *= 0.93) {
            List<Circle> placed = place(order, values, scale, w, h);
            if (placed != null) {
                return placed;
            }
        }
        return List.of();
    }

    private static List<Circle> place(List<Integer> order, List<Long> values, double scale, double w, double h) {
        List<Circle> placed = new ArrayList<>();
        for (int i : order) {
            double r = Math.max(6, Math.sqrt(values.get(i)) * scale);
            Circle c = spot(placed, r, w, h, i);
            if (c == null) {
                return null;
            }
            placed.add(c);
        }
        return placed;
    }

    private static Circle spot(List<Circle> placed, double r, double w, double h, int index) {
        double cx = w / 2;
        double cy = h / 2;
        for (double d = 0; d < Math.max(w, h); d += 3) {
            int steps = d == 0 ? 1 : (int) Math.max(12, 2 * Math.PI * d / 6);
            for (int s = 0; s < steps; s++) {
                double a = 2 * Math.PI * s / steps;
                double x = cx + d * Math.cos(a) * (w / h > 1 ? Math.min(w / h, 1.8) : 1);
                double y = cy + d * Math.sin(a);
                if (x - r < 0 || y - r < 0 || x + r > w || y + r > h) {
                    continue;
                }
                boolean free = true;
                for (Circle o : placed) {
                    if (Math.hypot(o.x() - x, o.y() - y) < o.r() + r + GAP) {
                        free = false;
                        break;
                    }
                }
                if (free) {
                    return new Circle(x, y, r, index);
                }
            }
        }
        return null;
    }
}
