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
 * coloured by priority, the priority also in words, at about 300 dpi on 16 × 10 cm. Names that do not fit in
 * their bubble are numbered and listed beside it; a line under it says what share of the spend it shows.
 */
final class PraatplaatPicture {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final double SCALE = 1.5;
    private static final double AREA_W = 930;
    private static final double AREA_H = 590;
    private static final double AREA_TOP = 110;
    private static final double LEFT = 36;
    private static final Color INK = new Color(0x1b2a3a);
    private static final Color GREY = new Color(0x5f6b76);

    private PraatplaatPicture() {
    }

    /** The picture of {@code p}; {@code unclassifiedCents} of spend is in no product group and is named under it. */
    static byte[] png(PriorityPicture p, long unclassifiedCents) {
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
            List<GroupPriority> shown = shown(p);
            bubbles(g, shown);
            legend(g, coverage(shown, unclassifiedCents));
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

    /** The groups with spend, each a bubble; groups without (or with less than nothing) are left out. */
    static List<GroupPriority> shown(PriorityPicture p) {
        return p.groups().stream().filter(x -> x.spendCents() > 0).toList();
    }

    /** What share of the spend the bubbles show: all of it, or how much is not in a product group. */
    static String coverage(List<GroupPriority> shown, long unclassifiedCents) {
        long inGroups = shown.stream().mapToLong(GroupPriority::spendCents).sum();
        if (unclassifiedCents <= 0) {
            return Messages.get("praatplaat.coverage.all", Texts.money(inGroups));
        }
        double share = inGroups / (double) (inGroups + unclassifiedCents);
        return Messages.get("praatplaat.coverage.part", Texts.money(inGroups), Formats.percent(share),
                Texts.money(unclassifiedCents), Formats.percent(1 - share));
    }

    private static void bubbles(Graphics2D g, List<GroupPriority> groups) {
        List<BubbleLayout.Circle> circles = BubbleLayout.layout(groups.stream().map(GroupPriority::spendCents).toList(),
                AREA_W, AREA_H);
        List<String> smaller = new ArrayList<>();
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
            if (!BubbleLabel.draw(g, gp, x, y, c.r(), onFill)) {
                smaller.add((smaller.size() + 1) + ". " + gp.group().name() + " — " + Texts.money(gp.spendCents())
                        + " · " + gp.priority().label().toLowerCase(Messages.locale()));
                centred(g, String.valueOf(smaller.size()), Font.BOLD, (float) Math.min(13, Math.max(8, c.r())),
                        onFill, x, y + Math.min(13, Math.max(8, c.r())) / 2.6);
            }
        }
        list(g, smaller);
    }

    /** The groups whose names do not fit in their bubbles, numbered, wrapped within the space right of the bubbles. */
    private static void list(Graphics2D g, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        double left = LEFT + AREA_W + 24;
        double width = WIDTH - left - 24;
        float size = 12;
        List<List<String>> wrapped = new ArrayList<>();
        while (true) {
            FontMetrics m = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size)));
            wrapped.clear();
            int lines = 0;
            for (String item : items) {
                List<String> w = BubbleLabel.wrap(m, item, width - 14);
                wrapped.add(w);
                lines += w.size();
            }
            if (lines * size * 1.35 + items.size() * 3 <= AREA_H - 30 || size <= 8) {
                break;
            }
            size -= 1;
        }
        text(g, Messages.get("praatplaat.smaller"), Font.BOLD, 15, INK, left, AREA_TOP + 30);
        double y = AREA_TOP + 30 + size * 1.6;
        for (List<String> item : wrapped) {
            for (int i = 0; i < item.size(); i++) {
                text(g, item.get(i), Font.PLAIN, size, INK, left + (i == 0 ? 0 : 14), y);
                y += size * 1.35;
            }
            y += 3;
        }
    }

    private static void legend(Graphics2D g, String coverage) {
        double x = LEFT;
        double y = AREA_TOP + AREA_H + 28;
        for (Priority p : Priority.values()) {
            g.setColor(Color.decode(p.colour()));
            g.fill(new java.awt.geom.Ellipse2D.Double(x, y - 12, 14, 14));
            String label = Messages.get("praatplaat.legend.priority", p.label());
            text(g, label, Font.PLAIN, 14, INK, x + 20, y);
            x += 40 + g.getFontMetrics().stringWidth(label);
        }
        text(g, Messages.get("praatplaat.legend.size"), Font.PLAIN, 14, GREY, x + 10, y);
        text(g, coverage, Font.BOLD, 13, INK, LEFT, y + 26);
        text(g, Messages.get("praatplaat.note"), Font.PLAIN, 12, GREY, LEFT, y + 48);
    }

    static void text(Graphics2D g, String s, int style, float size, Color colour, double x, double y) {
        g.setFont(new Font(Font.SANS_SERIF, style, Math.round(size)));
        g.setColor(colour);
        g.drawString(s, (float) x, (float) y);
    }

    static void centred(Graphics2D g, String s, int style, float size, Color colour, double x, double y) {
        g.setFont(new Font(Font.SANS_SERIF, style, Math.round(size)));
        g.setColor(colour);
        g.drawString(s, (float) (x - g.getFontMetrics().stringWidth(s) / 2.0), (float) y);
    }
}
