package nl.mviwerkboek.shared.settings;

import java.util.Optional;

/** Where the user left the main window: its normal (not maximised) bounds, and whether it was maximised. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** The bounds written as {@code x,y,width,height,maximized}. */
    String text() {
        return String.format(java.util.Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    /** Bounds read back from {@link #text()}; empty when the text is missing or damaged. */
    static Optional<WindowBounds> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(",");
        try {
            if (parts.length == 5) {
                WindowBounds b = new WindowBounds(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                        Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), Boolean.parseBoolean(parts[4]));
                return b.width() > 0 && b.height() > 0 ? Optional.of(b) : Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
