package nl.mviwerkboek.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Text collected by {@link XmlBytes} as UTF-8 bytes, with XML's entities and character references decoded. */
final class XmlText {

    private byte[] bytes = new byte[256];
    private int length;

    void clear() {
        length = 0;
    }

    void add(int b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, length * 2);
        }
        bytes[length++] = (byte) b;
    }

    /** Adds what the entity {@code &name;} stands for: one of the five, or a character reference. */
    void addEntity(String name) throws IOException {
        int cp;
        try {
            cp = switch (name) {
                case "amp" -> '&';
                case "lt" -> '<';
                case "gt" -> '>';
                case "quot" -> '"';
                case "apos" -> '\'';
                default -> name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
            };
        } catch (NumberFormatException e) {
            throw new IOException("Broken character reference &" + name + "; in a spreadsheet part", e);
        }
        if (cp < 0 || !Character.isValidCodePoint(cp)) {
            throw new IOException("Unknown entity &" + name + "; in a spreadsheet part");
        }
        for (byte x : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
            add(x & 0xFF);
        }
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
