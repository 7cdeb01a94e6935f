package nl.mviwerkboek.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nl.mviwerkboek.shared.i18n.Formats;
import nl.mviwerkboek.shared.i18n.Messages;
import nl.mviwerkboek.spend.priority.BubbleLayout;
import nl.mviwerkboek.spend.priority.GroupPriority;
import nl.mviwerkboek.spend.priority.Priority;
import nl.mviwerkboek.spend.priority.PriorityPicture;

/**
 * The praatplaat drawn for print (Java2D, no screen needed): product groups as bubbles sized by spend and
 * coloured by priority, the priority also in words, at about 300 dpi on 16 × 10 cm.
 */
final class PraatplaatPicture {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final double SCALE = 1.5;
    private static final double AREA_W = 930;
    private static final double AREA_H = 590;
    private static final double AREA_TOP = 110;
    private static final double LEFT = 36;
    private static final double INSIDE_RADIUS = 48;
    private static final Color INK = new Color(0x1b2a3a);
    private static final Color GREY = new Color(0x5f6b76);

    private PraatplaatPicture() {
    }

    static byte[] png(PriorityPicture p) {
        BufferedImage image = new BufferedImage((int) (WIDTH * SCALE), (int) (HEIGHT * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            text(g, Messages.get("praatplaat.title", p.organisation()), Font.BOLD, 30, INK, LEFT, 58);
            text(g, Messages.get("praatplaat.subtitle", Formats.yearRange(p.periodStart(), p.periodEnd())),
                    Font.PLAIN, 16, GREY, LEFT, 88);
            bubbles(g, p.groups().stream().filter(x -> x.spendCents() > 0).toList());
            legend(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void bubbles(Graphics2D g, List<GroupPriority> groups) {
        List<BubbleLayout.Circle> circles = BubbleLayout.layout(groups.stream().map(GroupPriority::spendCents).toList(),
                AREA_W, AREA_H);
        double listY = AREA_TOP + 30;
        int number = 0;
        for (BubbleLayout.Circle c : circles) {
            GroupPriority gp = groups.get(c.index());
            double x = LEFT + c.x();
            double y = AREA_TOP + c.y();
            g.setColor(Color.decode(gp.priority().colour()));
            g.fill(new java.awt.geom.Ellipse2D.Double(x - c.r(), y - c.r(), 2 * c.r(), 2 * c.r()));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2));
            g.draw(new java.awt.geom.Ellipse2D.Double(x - c.r(), y - c.r(), 2 * c.r(), 2 * c.r()));
            Color onFill = gp.priority().darkColour() ? Color.WHITE : INK;
            if (c.r() >= INSIDE_RADIUS) {
                inside(g, gp, x, y, c.r(), onFill);
            } else {
                number++;
                centred(g, String.valueOf(number), Font.BOLD, 13, onFill, x, y + 5);
                if (number == 1) {
                    text(g, Messages.get("praatplaat.smaller"), Font.BOLD, 15, INK, LEFT + AREA_W + 24, listY);
                }
                listY += 20;
                text(g, number + ". " + gp.group().name() + " — " + Texts.money(gp.spendCents()), Font.PLAIN, 12, INK,
                        LEFT + AREA_W + 24, listY);
            }
        }
    }

    private static void inside(Graphics2D g, GroupPriority gp, double x, double y, double r, Color colour) {
        float size = (float) Math.max(10, Math.min(17, r / 5));
        List<String> lines = wrap(g.getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size))),
                gp.group().name(), r * 1.6);
        lines.add(Texts.money(gp.spendCents()) + " · " + gp.priority().label().toLowerCase(Messages.locale()));
        double top = y - (lines.size() - 1) * size * 1.2 / 2 + size / 3;
        for (int i = 0; i < lines.size(); i++) {
            centred(g, lines.get(i), i < lines.size() - 1 ? Font.BOLD : Font.PLAIN, size, colour, x, top + i * size * 1.2);
        }
    }

    private static List<String> wrap(FontMetrics m, String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!line.isEmpty() && m.stringWidth(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static void legend(Graphics2D g) {
        double x = LEFT;
        double y = AREA_TOP + AREA_H + 40;
        for (Priority p : Priority.values()) {
            g.setColor(Color.decode(p.colour()));
            g.fill(new java.awt.geom.Ellipse2D.Double(x, y - 12, 14, 14));
            String label = Messages.get("praatplaat.legend.priority", p.label());
            text(g, label, Font.PLAIN, 14, INK, x + 20, y);
            x += 40 + g.getFontMetrics().stringWidth(label);
        }
        text(g, Messages.get("praatplaat.legend.size"), Font.PLAIN, 14, GREY, x + 10, y);
        text(g, Messages.get("praatplaat.note"), Font.PLAIN, 12, GREY, LEFT, y + 32);
    }

    private static void text(Graphics2D g, String s, int style, float size, Color colour, double x, double y) {
        g.setFont(new Font(Font.SANS_SERIF, style, Math.round(size)));
        g.setColor(colour);
        g.drawString(s, (float) x, (float) y);
    }

    private static void centred(Graphics2D g, String s, int style, float size, Color colour, double x, double y) {
        g.setFont(new Font(Font.SANS_SERIF, style, Math.round(size)));
        g.setColor(colour);
        g.drawString(s, (float) (x - g.getFontMetrics().stringWidth(s) / 2.0), (float) y);
    }
}
