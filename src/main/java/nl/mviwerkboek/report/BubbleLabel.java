package nl.mviwerkboek.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.priority.GroupPriority;

/**
 * The label inside a praatplaat bubble: the group's name in bold, its spend and priority, in the largest size
 * (17 down to 9 pt) at which every line lies inside the circle; or nothing when no size fits.
 */
final class BubbleLabel {

    private static final double MARGIN = 6;

    private BubbleLabel() {
    }

    /** Draws the label of {@code gp} in the circle at ({@code x}, {@code y}) with radius {@code r}; false when it does not fit. */
    static boolean draw(Graphics2D g, GroupPriority gp, double x, double y, double r, Color colour) {
        String amount = Texts.money(gp.spendCents());
        String priority = gp.priority().label().toLowerCase(Messages.locale());
        for (double size = Math.min(17, r / 3.2); size >= 9; size -= 0.5) {
            FontMetrics bold = g.getFontMetrics(font(Font.BOLD, size));
            FontMetrics plain = g.getFontMetrics(font(Font.PLAIN, size));
            List<String> names = wrap(bold, gp.group().name(), 1.5 * r);
            for (List<String> rest : List.of(List.of(amount + " · " + priority), List.of(amount, priority))) {
                List<String> lines = new ArrayList<>(names);
                lines.addAll(rest);
                if (fits(lines, names.size(), bold, plain, size, r)) {
                    double top = y - (lines.size() - 1) * size * 1.2 / 2 + size / 3;
                    for (int i = 0; i < lines.size(); i++) {
                        g.setFont(font(i < names.size() ? Font.BOLD : Font.PLAIN, size));
                        g.setColor(colour);
                        g.drawString(lines.get(i), (float) (x - g.getFontMetrics().stringWidth(lines.get(i)) / 2.0),
                                (float) (top + i * size * 1.2));
                    }
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether each line, at its height in the block, is narrower than the circle there. */
    private static boolean fits(List<String> lines, int boldLines, FontMetrics bold, FontMetrics plain, double size,
                                double r) {
        double lineHeight = size * 1.2;
        double half = lines.size() * lineHeight / 2;
        if (half > r - MARGIN) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            double top = -half + i * lineHeight;
            double far = Math.max(Math.abs(top), Math.abs(top + lineHeight));
            double chord = 2 * Math.sqrt(Math.max(0, r * r - far * far)) - 2 * MARGIN;
            int w = (i < boldLines ? bold : plain).stringWidth(lines.get(i));
            if (w > chord) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} in lines no wider than {@code width} (a single word may be wider; "€ 12" stays together). */
    static List<String> wrap(FontMetrics m, String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.replace("€ ", "€\u00a0").split("[ \t\n]+")) {
            if (!line.isEmpty() && m.stringWidth(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static Font font(int style, double size) {
        return new Font(Font.SANS_SERIF, style, 1).deriveFont((float) size);
    }
}
